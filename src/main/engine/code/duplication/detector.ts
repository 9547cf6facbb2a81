import { BiggestClones } from './biggest-clones'
import { DuplicatedLines } from './duplicated-lines'
import { emptyMatch, extendMatch, type Match, type MatchBounds } from './extend-match'
import { FingerprintIndex } from './fingerprint-index'
import { resolveLimits, resolveOptions, type DuplicationLimits, type DuplicationOptions } from './options'
import { duplicationPercentage, type Clone, type CodeSpan, type DuplicationReport } from './report'
import { runFingerprints } from './rolling-hash'
import { TokenBuffer } from './token-buffer'
import { TokenStore } from './token-store'
import { tokenize } from './tokenize'
import { winnow } from './winnow'

/** Token comparisons a file may spend on long matches that make no clone, per token of the file. */
const COMPARISONS_PER_TOKEN = 8

/**
 * Finds blocks of code repeated across and within the files given to it one at a time, jscpd-style:
 * token runs of at least minTokens tokens over at least minLines lines, in "mild" mode (comments and
 * layout ignored, names and literals compared as written).
 *
 * It keeps each file's tokens as 16-bit hashes and indexes only a winnowed sample of fingerprints of
 * runs half as long as a clone: every run of minTokens equal tokens holds a selected fingerprint in both
 * copies, so no clone is missed for want of an index entry, and a hit is grown token by token into the
 * whole clone. Each new block is reported once, against the place it shares most with (the earliest of
 * equals).
 */
export class DuplicationDetector {
  private readonly options: DuplicationOptions
  private readonly limits: DuplicationLimits
  /** Tokens per fingerprint, and fingerprints per winnowing window: together they span minTokens. */
  private readonly runLength: number
  private readonly winnowWindow: number
  private readonly buffer = new TokenBuffer()
  private readonly store = new TokenStore()
  private readonly index: FingerprintIndex
  private readonly lines = new DuplicatedLines()
  private readonly biggest: BiggestClones
  private cloneCount = 0
  private comparisonsLeft = 0
  private readonly match: Match = emptyMatch()
  private readonly bounds: MatchBounds = {
    firstFrom: 0,
    firstTo: 0,
    secondFrom: 0,
    secondTo: 0,
    sameFile: false,
  }

  constructor(options: Partial<DuplicationOptions> = {}, limits: Partial<DuplicationLimits> = {}) {
    this.options = resolveOptions(options)
    this.limits = resolveLimits(limits)
    this.runLength = Math.ceil(this.options.minTokens / 2)
    this.winnowWindow = this.options.minTokens - this.runLength + 1
    this.index = new FingerprintIndex(this.limits.maxPlacesPerFingerprint)
    this.biggest = new BiggestClones(this.limits.maxReportedClones)
  }

  /** Tokenises one file and compares it with everything added before; keeps nothing the caller must hold. */
  addFile(path: string, text: string, options: { jsx: boolean }): void {
    const { buffer, store } = this
    tokenize(text, options.jsx, buffer)
    const count = buffer.count
    const fileId =
      count === 0
        ? this.lines.addFile(path, 0, 0)
        : this.lines.addFile(path, buffer.startLines[0] as number, buffer.endLines[count - 1] as number)
    if (count >= this.options.minTokens) {
      // Past the budget a file is still compared with what is kept, then forgotten.
      const keep = store.size + count <= this.limits.maxIndexedTokens
      const start = store.append(fileId, buffer)
      this.findClones(fileId, start, count, keep)
      if (!keep) store.discardLastFile(start)
    }
    buffer.reset()
  }

  report(): DuplicationReport {
    const { duplicatedLines, totalLines } = this.lines
    return {
      clones: this.biggest.sorted(),
      cloneCount: this.cloneCount,
      duplicatedLines,
      totalLines,
      percentage: duplicationPercentage(duplicatedLines, totalLines),
      files: this.lines.mostDuplicated(this.limits.maxReportedFiles),
    }
  }

  /** Looks up the file's winnowed fingerprints in order, growing hits into clones, and indexes them all. */
  private findClones(fileId: number, start: number, count: number, keep: boolean): void {
    const windows = count - this.runLength + 1
    const fingerprints = new Uint32Array(windows)
    runFingerprints(this.buffer.hashes, count, this.runLength, fingerprints)
    const selected = new Uint32Array(windows)
    const selectedCount = winnow(fingerprints, windows, this.winnowWindow, selected)
    this.comparisonsLeft = COMPARISONS_PER_TOKEN * count
    // Tokens before `covered` are in a clone already (or a repetitive stretch given up on): hits there
    // would only find it again.
    let covered = 0
    for (let next = 0; next < selectedCount; next++) {
      const position = selected[next] as number
      const fingerprint = fingerprints[position] as number
      if (position >= covered) {
        const reach = this.matchEarlierPlaces(
          fingerprint,
          fileId,
          start + position,
          start + covered,
          start + count,
        )
        covered = Math.max(covered, reach - start)
      }
      // Indexed even inside a clone: a later file may share a longer stretch with this one than with the first.
      if (keep) this.index.add(fingerprint, start + position)
    }
  }

  /**
   * Grows the hit at `second` against each earlier place of its fingerprint and reports the longest
   * clone among them (the earliest of equals, so copies of one block are all reported against the first).
   * Returns the ordinal up to which this file needs no more searching, or 0.
   */
  private matchEarlierPlaces(
    fingerprint: number,
    fileId: number,
    second: number,
    floor: number,
    fileEnd: number,
  ): number {
    const { store, index, bounds, match } = this
    let best: Clone | null = null
    let bestFirstFileId = 0
    let reach = 0
    for (let place = index.firstPlace(fingerprint); place !== 0; place = index.nextPlace(place)) {
      const first = index.ordinalOf(place)
      const slot = store.fileSlotOf(first)
      const firstFileId = store.fileIdOfSlot(slot)
      bounds.firstFrom = store.fileStartOfSlot(slot)
      bounds.firstTo = store.fileEndOfSlot(slot)
      bounds.secondFrom = floor
      bounds.secondTo = fileEnd
      bounds.sameFile = firstFileId === fileId
      extendMatch(store, first, second, bounds, match)
      if (match.length < this.options.minTokens) continue
      const clone = this.cloneOfMatch(firstFileId, fileId)
      if (clone.lines >= this.options.minLines) {
        if (best === null || clone.tokens > best.tokens) {
          best = clone
          bestFirstFileId = firstFileId
          reach = Math.max(reach, match.reach)
        }
        continue
      }
      // A long match that is no clone (too few lines) is grown again from each later hit inside it; on
      // repetitive input that is quadratic, so once the file's budget is spent such a stretch is skipped.
      this.comparisonsLeft -= match.comparisons
      if (this.comparisonsLeft < 0) reach = Math.max(reach, match.reach)
    }
    if (best !== null) this.record(best, bestFirstFileId, fileId)
    return reach
  }

  private cloneOfMatch(firstFileId: number, secondFileId: number): Clone {
    const { match } = this
    const first = this.span(firstFileId, match.firstStart, match.length)
    const second = this.span(secondFileId, match.secondStart, match.length)
    const lines = Math.min(first.endLine - first.startLine, second.endLine - second.startLine) + 1
    return { tokens: match.length, lines, first, second }
  }

  private record(clone: Clone, firstFileId: number, secondFileId: number): void {
    this.cloneCount++
    this.lines.mark(firstFileId, clone.first.startLine, clone.first.endLine)
    this.lines.mark(secondFileId, clone.second.startLine, clone.second.endLine)
    this.biggest.offer(clone)
  }

  private span(fileId: number, start: number, length: number): CodeSpan {
    return {
      path: this.lines.pathOf(fileId),
      startLine: this.store.startLineOf(start),
      endLine: this.store.endLineOf(start + length - 1),
    }
  }
}
