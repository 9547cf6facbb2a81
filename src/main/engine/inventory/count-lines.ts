import type { LineCounts } from '../../../shared/domain/facts/inventory-facts'
import type { BlockCommentStyle, CommentSyntax, LanguageDefinition, TextRewrite } from './languages'

/*
 * Counts code, comment and blank lines the way cloc does by default, in one pass over the bytes.
 *
 * cloc's model: a blank line is whitespace only, and is set aside first. Its comment filters then
 * run over the remaining lines, some line by line and some as a regex over the joined text, which
 * can fold several lines into one "logical" line; each logical line left with code is one code
 * line, and every other non-blank line is a comment line. This scanner follows the same model:
 * `hasCode` belongs to the current logical line, and the comment count is what is left over.
 *
 * Like cloc, it does not know about string literals: a comment marker inside a string is a
 * comment marker (cloc's opt-in --strip-str-comments is not its default).
 */

const NEWLINE = 0x0a
const BACKSLASH = 0x5c
const HASH = 0x23
const RETURN = 0x0d
const BANG = 0x21
const UTF8_BOM = [0xef, 0xbb, 0xbf]

/** Byte classes for the scanning loop; any other byte is 0, code. */
const SPACE = 1
const TOKEN_START = 2

/** Perl's \s on bytes, as in cloc's blank-line test: tab, newline, vertical tab, form feed, return, space. */
const WHITESPACE = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20]

interface CompiledSyntax {
  classes: Uint8Array
  /** The distinct first bytes of line-comment markers and openers. */
  tokenStarts: number[]
  wholeLine: Buffer[]
  wholeLineAfterBlocks: Buffer[]
  toLineEnd: Buffer[]
  backslashJoinsLineComment: boolean
  backslashContinuesLines: boolean
  open: Buffer[]
  close: Buffer[]
  style: BlockCommentStyle
  openerPrefixes: Uint8Array
  regionBegin: Buffer | null
  regionEnd: Buffer | null
  commentLine: NonNullable<CommentSyntax['commentLine']> | null
  rewrites: readonly TextRewrite[]
}

const compiled = new WeakMap<CommentSyntax, CompiledSyntax>()

function tokens(list: readonly string[] | undefined): Buffer[] {
  return (list ?? []).map((token) => Buffer.from(token, 'latin1'))
}

function compile(syntax: CommentSyntax): CompiledSyntax {
  const cached = compiled.get(syntax)
  if (cached) return cached
  const toLineEnd = tokens(syntax.toLineEnd)
  const open = tokens(syntax.block?.open)
  const classes = new Uint8Array(256)
  for (const byte of WHITESPACE) classes[byte] = SPACE
  for (const token of [...toLineEnd, ...open]) classes[token[0] ?? 0] = TOKEN_START
  const openerPrefixes = new Uint8Array(256)
  for (const byte of Buffer.from(syntax.block?.openerPrefixes ?? '', 'latin1')) openerPrefixes[byte] = 1
  const result: CompiledSyntax = {
    classes,
    tokenStarts: [...new Set([...toLineEnd, ...open].map((token) => token[0] ?? 0))],
    wholeLine: tokens(syntax.wholeLine),
    wholeLineAfterBlocks: tokens(syntax.wholeLineAfterBlocks),
    toLineEnd,
    backslashJoinsLineComment: syntax.backslashJoinsLineComment ?? false,
    backslashContinuesLines: syntax.backslashContinuesLines ?? false,
    open,
    close: tokens(syntax.block?.close),
    style: syntax.block?.style ?? 'per-line',
    openerPrefixes,
    regionBegin: syntax.lineRegion ? Buffer.from(syntax.lineRegion.begin, 'latin1') : null,
    regionEnd: syntax.lineRegion ? Buffer.from(syntax.lineRegion.end, 'latin1') : null,
    commentLine: syntax.commentLine ?? null,
    rewrites: syntax.rewrites ?? [],
  }
  compiled.set(syntax, result)
  return result
}

function startsWith(bytes: Buffer, at: number, token: Buffer): boolean {
  if (at + token.length > bytes.length) return false
  for (let k = 0; k < token.length; k += 1) if (bytes[at + k] !== token[k]) return false
  return true
}

function matchAny(bytes: Buffer, at: number, list: readonly Buffer[]): Buffer | null {
  for (const token of list) if (startsWith(bytes, at, token)) return token
  return null
}

function applyRewrites(bytes: Buffer, rewrites: readonly TextRewrite[]): Buffer {
  let current = bytes
  for (const rewrite of rewrites) {
    if (!rewrite.triggers.some((trigger) => current.includes(trigger))) continue
    current = Buffer.from(current.toString('latin1').replace(rewrite.pattern, rewrite.replacement), 'latin1')
  }
  return current
}

/** Where a token was found, and how long it is. */
interface Found {
  at: number
  length: number
}

/**
 * The first occurrence of a needle at or after a position. The last answer is remembered, so a
 * scan asking from ever later positions searches each byte once, even when the needle is rare.
 */
class Occurrences {
  private searchedFrom = Number.POSITIVE_INFINITY
  private foundAt = -1

  constructor(
    private readonly bytes: Buffer,
    private readonly needle: Buffer | number,
  ) {}

  firstFrom(from: number): number {
    if (from < this.searchedFrom || (this.foundAt !== -1 && this.foundAt < from)) {
      this.searchedFrom = from
      this.foundAt = this.bytes.indexOf(this.needle, from)
    }
    return this.foundAt
  }
}

/** The first occurrence of any of the needles at or after a position, or -1. */
function firstOfAny(occurrences: readonly Occurrences[], from: number): number {
  let first = -1
  for (const occurrence of occurrences) {
    const at = occurrence.firstFrom(from)
    if (at !== -1 && (first === -1 || at < first)) first = at
  }
  return first
}

interface Token {
  occurrences: Occurrences
  length: number
}

function firstOfTokens(tokens: readonly Token[], from: number): Found | null {
  let first: Found | null = null
  for (const { occurrences, length } of tokens) {
    const at = occurrences.firstFrom(from)
    if (at !== -1 && (first === null || at < first.at)) first = { at, length }
  }
  return first
}

/**
 * Finds where a block comment ends: the first closer after the opener that cloc would see.
 * - cloc removes whole-line comments before its block regex, so a closer on such a line is not one.
 * - cloc's line-by-line routines first strip comments that open and close on a later line, so
 *   there the closer is the first one left after that.
 */
class CloserFinder {
  private readonly closers: Token[]
  private readonly openers: Token[]

  constructor(
    private readonly bytes: Buffer,
    private readonly syntax: CompiledSyntax,
    private readonly isWholeLineComment: (lineStart: number) => boolean,
  ) {
    const track = (token: Buffer): Token => ({
      occurrences: new Occurrences(bytes, token),
      length: token.length,
    })
    this.closers = syntax.close.map(track)
    this.openers = syntax.open.map(track)
  }

  /** The closer of a comment opened before `from` on the line ending at `openerLineEnd`, or null. */
  find(from: number, openerLineEnd: number): Found | null {
    let candidate = firstOfTokens(this.closers, from)
    while (candidate !== null && candidate.at >= openerLineEnd) {
      const lineStart = this.bytes.lastIndexOf(NEWLINE, candidate.at) + 1
      let lineEnd = this.bytes.indexOf(NEWLINE, candidate.at)
      if (lineEnd === -1) lineEnd = this.bytes.length
      const closer = this.closerOnLine(lineStart, lineEnd, candidate)
      if (closer !== null) return closer
      candidate = firstOfTokens(this.closers, lineEnd + 1)
    }
    return candidate
  }

  private closerOnLine(lineStart: number, lineEnd: number, first: Found): Found | null {
    if (this.syntax.style === 'joined') return this.isWholeLineComment(lineStart) ? null : first
    let from = lineStart
    for (;;) {
      const closer = firstOfTokens(this.closers, from)
      if (closer === null || closer.at >= lineEnd) return null
      const opener = firstOfTokens(this.openers, from)
      if (opener === null || opener.at > closer.at) return closer
      const pairCloser = firstOfTokens(this.closers, opener.at + opener.length)
      if (pairCloser === null || pairCloser.at >= lineEnd) return closer
      from = pairCloser.at + pairCloser.length
    }
  }
}

/** Code, comment and blank lines of one file's content, as cloc would count them. */
export function countLines(content: Uint8Array, language: LanguageDefinition): LineCounts {
  const syntax = compile(language.comments)
  const isScript = (language.interpreters?.length ?? 0) > 0
  const bytes = applyRewrites(
    Buffer.from(content.buffer, content.byteOffset, content.byteLength),
    syntax.rewrites,
  )
  const { classes } = syntax
  const length = bytes.length

  const firstNonSpace = (from: number, end: number): number => {
    let at = from
    while (at < end && classes[bytes[at] ?? 0] === SPACE) at += 1
    return at
  }
  const isWholeLineComment = (lineStart: number): boolean =>
    matchAny(bytes, firstNonSpace(lineStart, length), syntax.wholeLine) !== null
  const closers = new CloserFinder(bytes, syntax, isWholeLineComment)
  const tokenStarts = syntax.tokenStarts.map((byte) => new Occurrences(bytes, byte))

  let blank = 0
  let nonBlank = 0
  let code = 0
  let seenNonBlank = false
  let inRegion = false
  let previousLineEndsWithBackslash = false
  // Where the open block comment's closer starts: -1 outside one, `length` when it never closes.
  let closerAt = -1
  let closerLength = 0
  // The current logical line, and the one before it.
  let hasCode = false
  let codeStartsAt = -1
  let startsAsComment = false
  let joinsNextLine = false
  let lastByte = -1
  let previousEndsWithBackslash = false

  const markCode = (at: number): void => {
    if (codeStartsAt === -1) {
      codeStartsAt = at
      startsAsComment = matchAny(bytes, at, syntax.wholeLineAfterBlocks) !== null
    }
    if (!startsAsComment) hasCode = true
  }
  const endLogicalLine = (counts: boolean): void => {
    // cloc keeps an emptied line after one ending in a backslash, and counts it as code.
    const keptAsCode = !hasCode && syntax.backslashContinuesLines && previousEndsWithBackslash
    if (counts && (hasCode || keptAsCode)) code += 1
    previousEndsWithBackslash = hasCode && lastByte === BACKSLASH
    hasCode = false
    codeStartsAt = -1
    startsAsComment = false
    lastByte = -1
  }
  const isCommentLine = (lineStart: number, first: number, lineEnd: number): boolean => {
    const { commentLine } = syntax
    if (commentLine === null || bytes[first] !== commentLine.firstChar.charCodeAt(0)) return false
    return commentLine.pattern.test(bytes.toString('latin1', lineStart, lineEnd))
  }

  let position = length >= 3 && UTF8_BOM.every((byte, index) => bytes[index] === byte) ? 3 : 0
  while (position < length) {
    const lineStart = position
    let lineEnd = bytes.indexOf(NEWLINE, lineStart)
    if (lineEnd === -1) lineEnd = length
    position = lineEnd + 1
    // cloc trims one carriage return before the newline.
    if (lineEnd > lineStart && bytes[lineEnd - 1] === RETURN) lineEnd -= 1

    const first = firstNonSpace(lineStart, lineEnd)
    const keptBlank = first === lineEnd && syntax.backslashContinuesLines && previousLineEndsWithBackslash
    previousLineEndsWithBackslash = lineEnd > lineStart && bytes[lineEnd - 1] === BACKSLASH
    if (first === lineEnd && !keptBlank) {
      blank += 1
      continue
    }
    nonBlank += 1

    if (!seenNonBlank) {
      seenNonBlank = true
      if (isScript && bytes[lineStart] === HASH && bytes[lineStart + 1] === BANG) {
        code += 1
        continue
      }
    }
    if (matchAny(bytes, first, syntax.wholeLine) !== null) continue
    if (syntax.regionBegin !== null && syntax.regionEnd !== null) {
      if (inRegion) {
        if (startsWith(bytes, lineStart, syntax.regionEnd)) inRegion = false
        continue
      }
      if (startsWith(bytes, lineStart, syntax.regionBegin)) {
        inRegion = true
        continue
      }
    }

    let at = first
    if (closerAt !== -1) {
      if (closerAt >= lineEnd) continue
      at = closerAt + closerLength
      closerAt = -1
    }
    if (tokenStarts.length === 0 && at < lineEnd) {
      markCode(at)
      lastByte = bytes[lineEnd - 1] ?? -1
      at = lineEnd
    }
    while (at < lineEnd) {
      if (hasCode || startsAsComment) {
        // Only a comment marker can change this line's count now: jump to the next possible one.
        const next = firstOfAny(tokenStarts, at)
        if (next === -1 || next >= lineEnd) {
          lastByte = bytes[lineEnd - 1] ?? -1
          break
        }
        if (next > at) {
          lastByte = bytes[next - 1] ?? -1
          at = next
        }
      }
      const byte = bytes[at] ?? 0
      const byteClass = classes[byte]
      if (byteClass === TOKEN_START) {
        if (matchAny(bytes, at, syntax.toLineEnd) !== null) {
          joinsNextLine = syntax.backslashJoinsLineComment && bytes[lineEnd - 1] === BACKSLASH
          break
        }
        const opener = matchAny(bytes, at, syntax.open)
        if (opener !== null) {
          const closer = closers.find(at + opener.length, lineEnd)
          if (closer !== null || syntax.style !== 'joined') {
            // cloc swallows a u"""…""" prefix with the opener.
            if (codeStartsAt === at - 1 && syntax.openerPrefixes[bytes[at - 1] ?? 0] === 1) {
              hasCode = false
              codeStartsAt = -1
            }
            closerAt = closer === null ? length : closer.at
            closerLength = closer === null ? 0 : closer.length
            if (closerAt >= lineEnd) break
            at = closerAt + closerLength
            closerAt = -1
            continue
          }
          // cloc's regex needs a closer: without one, the opener is plain code.
          markCode(at)
          lastByte = opener[opener.length - 1] ?? -1
          at += opener.length
          continue
        }
      }
      if (byteClass !== SPACE && !hasCode && !startsAsComment) markCode(at)
      lastByte = byte
      at += 1
    }

    if (closerAt !== -1) {
      if (syntax.style === 'joined') continue
      endLogicalLine(syntax.style === 'per-line')
    } else if (joinsNextLine) {
      joinsNextLine = false
    } else {
      endLogicalLine(!isCommentLine(lineStart, first, lineEnd))
    }
  }
  if (joinsNextLine) endLogicalLine(true)

  return { code, comment: nonBlank - code, blank }
}
