import { ts } from 'ts-morph'
import type { TokenBuffer } from './token-buffer'
import { tokenHash } from './token-hash'

const { SyntaxKind } = ts

/** Keywords after which a `/` starts a regular expression rather than a division. */
const KEYWORDS_BEFORE_EXPRESSION: ReadonlySet<ts.SyntaxKind> = new Set([
  SyntaxKind.ReturnKeyword,
  SyntaxKind.TypeOfKeyword,
  SyntaxKind.InstanceOfKeyword,
  SyntaxKind.InKeyword,
  SyntaxKind.OfKeyword,
  SyntaxKind.NewKeyword,
  SyntaxKind.DeleteKeyword,
  SyntaxKind.VoidKeyword,
  SyntaxKind.ThrowKeyword,
  SyntaxKind.CaseKeyword,
  SyntaxKind.DoKeyword,
  SyntaxKind.ElseKeyword,
  SyntaxKind.YieldKeyword,
  SyntaxKind.AwaitKeyword,
])

/** Punctuation that ends an operand, so a `/` after it divides. */
const PUNCTUATION_ENDING_OPERAND: ReadonlySet<ts.SyntaxKind> = new Set([
  SyntaxKind.CloseParenToken,
  SyntaxKind.CloseBracketToken,
  SyntaxKind.CloseBraceToken,
  SyntaxKind.PlusPlusToken,
  SyntaxKind.MinusMinusToken,
])

function isPunctuation(kind: ts.SyntaxKind): boolean {
  return kind >= SyntaxKind.FirstPunctuation && kind <= SyntaxKind.LastPunctuation
}

function isKeyword(kind: ts.SyntaxKind): boolean {
  return kind >= SyntaxKind.FirstKeyword && kind <= SyntaxKind.LastKeyword
}

/**
 * The scanner alone cannot tell a regular expression from a division (the parser decides); this is the
 * usual lexer rule: a `/` where an operand is expected starts a regular expression.
 */
function slashStartsRegex(previous: ts.SyntaxKind | null): boolean {
  if (previous === null) return true
  if (isPunctuation(previous)) return !PUNCTUATION_ENDING_OPERAND.has(previous)
  return KEYWORDS_BEFORE_EXPRESSION.has(previous)
}

const LINE_FEED = 10
const BYTE_ORDER_MARK = 0xfeff

/**
 * Turns offsets into 1-based line numbers for offsets visited in ascending order. Line breaks are LF,
 * CRLF or a lone CR; the common files without a CR are searched with the (native, fast) indexOf.
 */
class LineCounter {
  line = 1
  private nextBreak: number
  private nextLineFeed = -1
  private nextCarriageReturn = -1

  constructor(private readonly text: string) {
    this.nextBreak = this.breakFrom(0)
  }

  /** The line holding `offset`. */
  lineAt(offset: number): number {
    while (this.nextBreak < offset) {
      this.line++
      this.nextBreak = this.breakFrom(this.nextBreak + 1)
    }
    return this.line
  }

  /** The offset of the first line break at or after `from` (the LF of a CRLF), or Infinity. */
  private breakFrom(from: number): number {
    const { text } = this
    if (this.nextLineFeed < from) this.nextLineFeed = found(text.indexOf('\n', from))
    if (this.nextCarriageReturn < from) this.nextCarriageReturn = found(text.indexOf('\r', from))
    const carriageReturn = this.nextCarriageReturn
    if (this.nextLineFeed <= carriageReturn) return this.nextLineFeed
    return text.charCodeAt(carriageReturn + 1) === LINE_FEED ? carriageReturn + 1 : carriageReturn
  }
}

const found = (index: number): number => (index === -1 ? Infinity : index)

/**
 * Where the scanner is among template substitutions: it reads `${ a }` as ordinary tokens, and only the
 * parser knows that the `}` closing the substitution resumes the template's text.
 */
class TemplateNesting {
  /** Open braces inside each substitution being scanned, innermost last. */
  private readonly openBraces: number[] = []

  enter(): void {
    this.openBraces.push(0)
  }

  leave(): void {
    this.openBraces.pop()
  }

  openBrace(): void {
    const innermost = this.openBraces.length - 1
    if (innermost >= 0) this.openBraces[innermost] = (this.openBraces[innermost] as number) + 1
  }

  /** Whether this `}` ends the innermost substitution (rather than closing a brace opened inside it). */
  closeBrace(): boolean {
    const innermost = this.openBraces.length - 1
    if (innermost < 0) return false
    const open = this.openBraces[innermost] as number
    if (open === 0) return true
    this.openBraces[innermost] = open - 1
    return false
  }
}

const scanner = ts.createScanner(ts.ScriptTarget.Latest, true)

/**
 * Fills `buffer` with the file's tokens in jscpd's "mild" mode: comments, whitespace and line breaks
 * dropped, names and literals kept exactly as written. Invalid code is tokenised as far as it goes
 * (the scanner never stops early); template literals and regular expressions come out as single tokens.
 */
export function tokenize(text: string, jsx: boolean, buffer: TokenBuffer): void {
  buffer.reset()
  // A leading byte-order mark would hide a shebang line from the scanner.
  const source = text.charCodeAt(0) === BYTE_ORDER_MARK ? text.slice(1) : text
  const lines = new LineCounter(source)
  scanner.setLanguageVariant(jsx ? ts.LanguageVariant.JSX : ts.LanguageVariant.Standard)
  scanner.setText(source)
  const templates = new TemplateNesting()
  let previous: ts.SyntaxKind | null = null
  try {
    for (let kind = scanner.scan(); kind !== SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
      if (
        (kind === SyntaxKind.SlashToken || kind === SyntaxKind.SlashEqualsToken) &&
        slashStartsRegex(previous)
      ) {
        kind = scanner.reScanSlashToken()
      } else if (kind === SyntaxKind.OpenBraceToken) {
        templates.openBrace()
      } else if (kind === SyntaxKind.CloseBraceToken && templates.closeBrace()) {
        kind = scanner.reScanTemplateToken(false)
        if (kind === SyntaxKind.TemplateTail) templates.leave()
      }
      if (kind === SyntaxKind.TemplateHead) templates.enter()
      const start = scanner.getTokenStart()
      const end = scanner.getTokenEnd()
      const fixedText = isPunctuation(kind) || isKeyword(kind)
      const hash = tokenHash(kind, fixedText ? null : source, start, end)
      const startLine = lines.lineAt(start)
      buffer.push(hash, startLine, end - start > 1 ? lines.lineAt(end - 1) : startLine)
      previous = kind
    }
  } finally {
    // The scanner is shared: it must not keep the file's text alive.
    scanner.setText('')
  }
}
