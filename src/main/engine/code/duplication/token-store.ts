import { ChunkedArray, createUint16Chunk, createUint32Chunk } from './chunked-array'
import type { TokenBuffer } from './token-buffer'

/**
 * Every kept file's tokens, end to end, as 16-bit hashes numbered by a global ordinal, with just enough
 * line information to turn an ordinal back into a line: the ordinal at which each new line's tokens
 * start, and the last line of the rare tokens (template literals) that span several lines.
 */
export class TokenStore {
  private readonly hashes = new ChunkedArray(createUint16Chunk)
  private readonly lineStartOrdinals = new ChunkedArray(createUint32Chunk)
  private readonly lineNumbers = new ChunkedArray(createUint32Chunk)
  private readonly multiLineOrdinals = new ChunkedArray(createUint32Chunk)
  private readonly multiLineEnds = new ChunkedArray(createUint32Chunk)
  private readonly fileStarts: number[] = []
  private readonly fileIds: number[] = []

  get size(): number {
    return this.hashes.length
  }

  /** Adds a file's tokens; returns the ordinal of its first token. */
  append(fileId: number, buffer: TokenBuffer): number {
    const start = this.hashes.length
    this.fileStarts.push(start)
    this.fileIds.push(fileId)
    let lastRecordedLine = 0
    for (let index = 0; index < buffer.count; index++) {
      const ordinal = start + index
      const startLine = buffer.startLines[index] as number
      const endLine = buffer.endLines[index] as number
      this.hashes.push(buffer.hashes[index] as number)
      if (startLine !== lastRecordedLine) {
        this.lineStartOrdinals.push(ordinal)
        this.lineNumbers.push(startLine)
        lastRecordedLine = startLine
      }
      if (endLine !== startLine) {
        this.multiLineOrdinals.push(ordinal)
        this.multiLineEnds.push(endLine)
      }
    }
    return start
  }

  /** Forgets the last file appended, which started at `start`. */
  discardLastFile(start: number): void {
    this.fileStarts.pop()
    this.fileIds.pop()
    this.hashes.truncate(start)
    this.lineStartOrdinals.truncate(
      this.lineStartOrdinals.lastIndexAtMost(start - 1, 0, this.lineStartOrdinals.length) + 1,
    )
    this.lineNumbers.truncate(this.lineStartOrdinals.length)
    this.multiLineOrdinals.truncate(
      this.multiLineOrdinals.lastIndexAtMost(start - 1, 0, this.multiLineOrdinals.length) + 1,
    )
    this.multiLineEnds.truncate(this.multiLineOrdinals.length)
  }

  hashAt(ordinal: number): number {
    return this.hashes.get(ordinal)
  }

  /** Which kept file holds `ordinal`, as its position among the kept files. */
  fileSlotOf(ordinal: number): number {
    let low = 0
    let high = this.fileStarts.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((this.fileStarts[middle] as number) <= ordinal) low = middle + 1
      else high = middle
    }
    return low - 1
  }

  fileIdOfSlot(slot: number): number {
    return this.fileIds[slot] as number
  }

  fileStartOfSlot(slot: number): number {
    return this.fileStarts[slot] as number
  }

  fileEndOfSlot(slot: number): number {
    return this.fileStarts[slot + 1] ?? this.hashes.length
  }

  startLineOf(ordinal: number): number {
    const entry = this.lineStartOrdinals.lastIndexAtMost(ordinal, 0, this.lineStartOrdinals.length)
    return this.lineNumbers.get(entry)
  }

  endLineOf(ordinal: number): number {
    const entry = this.multiLineOrdinals.lastIndexAtMost(ordinal, 0, this.multiLineOrdinals.length)
    return entry >= 0 && this.multiLineOrdinals.get(entry) === ordinal
      ? this.multiLineEnds.get(entry)
      : this.startLineOf(ordinal)
  }
}
