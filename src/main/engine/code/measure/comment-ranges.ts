import { ts } from 'ts-morph'

// ts-morph serves TypeScript's API through getters: what runs per node is read once, here.
const { SyntaxKind, isLineBreak, isWhiteSpaceLike } = ts

export interface CommentRange {
  pos: number
  end: number
  /** A `//` comment, rather than a `/* … *\/` one. */
  singleLine: boolean
}

const SLASH = 0x2f
const ASTERISK = 0x2a
const SPACE = 0x20
const LINE_FEED = 0x0a
const TAB = 0x09

/**
 * Where the trivia at `pos` ends, before `end` at the latest, reporting each comment it passes.
 * A shebang on the first line is skipped too: it is not a comment.
 */
export function skipTrivia(
  text: string,
  pos: number,
  end: number,
  onComment?: (range: CommentRange) => void,
): number {
  let at = pos
  if (at === 0 && text.startsWith('#!')) while (at < end && !isLineBreak(text.charCodeAt(at))) at += 1
  while (at < end) {
    const char = text.charCodeAt(at)
    // The common whitespace first: this runs before every token of the file.
    if (char === SPACE || char === LINE_FEED || char === TAB || isWhiteSpaceLike(char)) {
      at += 1
      continue
    }
    if (char !== SLASH) break
    const next = text.charCodeAt(at + 1)
    if (next === SLASH) {
      let close = at + 2
      while (close < end && !isLineBreak(text.charCodeAt(close))) close += 1
      onComment?.({ pos: at, end: close, singleLine: true })
      at = close
    } else if (next === ASTERISK) {
      const close = text.indexOf('*/', at + 2)
      const commentEnd = close === -1 || close + 2 > end ? end : close + 2
      onComment?.({ pos: at, end: commentEnd, singleLine: false })
      at = commentEnd
    } else break
  }
  return at
}

function containsSlash(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at += 1) if (text.charCodeAt(at) === SLASH) return true
  return false
}

/**
 * Finds every comment of a file from its syntax tree, so that nothing inside a string, template,
 * regular expression or JSX text is taken for one. Each node's text is split between its children and
 * the gaps around them; a gap holds only punctuation, keywords and trivia (anything with text of its
 * own is a child node), so it is safe to scan, and so is a node without children, like `{}`. A token's
 * text is its leading trivia, then the token. Every character is in exactly one gap or token, so each
 * comment is found once.
 */
export class CommentCollector {
  private readonly found: CommentRange[] = []
  private readonly scanner: ts.Scanner
  /** Every `//` and `/*` in the text, ascending: where a comment could start, before the tree says. */
  private readonly openers: number[] = []
  /** The first opener at or after the last node asked about. */
  private nextOpener = 0
  private readonly add = (range: CommentRange): void => {
    this.found.push(range)
  }

  /** `languageVariant` as the file was parsed with: in JSX files `</` is one token. */
  constructor(
    private readonly text: string,
    languageVariant: ts.LanguageVariant,
  ) {
    this.scanner = ts.createScanner(ts.ScriptTarget.Latest, false, languageVariant)
    for (let slash = text.indexOf('/'); slash !== -1; slash = text.indexOf('/', slash + 1)) {
      const next = text.charCodeAt(slash + 1)
      if (next === SLASH || next === ASTERISK) this.openers.push(slash)
    }
  }

  /** Collects the comments of `node`'s own text; its child nodes are `children[0…count)`, in source order. */
  collect(node: ts.Node, children: readonly ts.Node[], count: number): void {
    // Most nodes hold no `//` or `/*` at all: looking that up is cheaper than walking their gaps.
    if (!this.mayHoldComment(node.pos, node.end)) return
    if (count === 0 && node.kind <= SyntaxKind.LastToken) {
      // JSX text may hold `//` or `/*` as plain text, and has no leading trivia.
      if (node.kind !== SyntaxKind.JsxText) skipTrivia(this.text, node.pos, node.end, this.add)
      return
    }
    let cursor = node.pos
    for (let index = 0; index < count; index += 1) {
      const child = children[index] as ts.Node
      if (child.pos > cursor) this.scanGap(cursor, child.pos)
      cursor = Math.max(cursor, child.end)
    }
    if (node.end > cursor) this.scanGap(cursor, node.end)
  }

  /** The comments found, in source order. */
  comments(): CommentRange[] {
    return this.found.sort((left, right) => left.pos - right.pos)
  }

  /** Whether a `//` or `/*` starts in [start, end). */
  private mayHoldComment(start: number, end: number): boolean {
    const openers = this.openers
    let low = this.nextOpener
    // The walk goes through the text in order, so the last answer is usually still right; it is
    // checked, not assumed, and a binary search finds it otherwise.
    if ((openers[low] ?? Infinity) < start || (low > 0 && (openers[low - 1] as number) >= start)) {
      low = 0
      let high = openers.length
      while (low < high) {
        const middle = (low + high) >>> 1
        if ((openers[middle] as number) < start) low = middle + 1
        else high = middle
      }
      this.nextOpener = low
    }
    return low < openers.length && (openers[low] as number) < end
  }

  private scanGap(start: number, end: number): void {
    // Most gaps are a bracket or a keyword; without a slash there is no comment to find.
    if (!containsSlash(this.text, start, end)) return
    const scanner = this.scanner
    scanner.setText(this.text, start, end - start)
    for (let token = scanner.scan(); token !== SyntaxKind.EndOfFileToken; token = scanner.scan()) {
      if (token === SyntaxKind.SingleLineCommentTrivia || token === SyntaxKind.MultiLineCommentTrivia) {
        this.add({
          pos: scanner.getTokenStart(),
          // The scanner may step past the gap's end when `//` straddles it, which only broken code does.
          end: Math.min(scanner.getTokenEnd(), end),
          singleLine: token === SyntaxKind.SingleLineCommentTrivia,
        })
      }
    }
  }
}
