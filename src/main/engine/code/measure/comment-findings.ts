import { ts } from 'ts-morph'
import type { CommentRange } from './comment-ranges'
import type { CommentMarker, MarkerKind, Suppressions } from './types'

// ts-morph serves TypeScript's API through getters: what runs per node is read once, here.
const { isLineBreak } = ts

/** Marker text comes from the audited code: capped so one comment cannot bloat the results. */
const MAX_MARKER_TEXT = 200

// TypeScript's own tests (its scanner's commentDirectiveRegEx*): a `//` comment that starts with the
// directive, or a block comment whose last line does.
const TS_DIRECTIVE_LINE = /^\/\/\/?\s*@(ts-expect-error|ts-ignore)/
const TS_DIRECTIVE_BLOCK_LAST_LINE = /^(?:\/|\*)*\s*@(ts-expect-error|ts-ignore)/

// ESLint's (9.x): the comment's text up to a ` -- reason`, trimmed, starts with the directive; a `//`
// comment only carries the -line and -next-line forms.
const ESLINT_JUSTIFICATION = /\s-{2,}\s/u
const ESLINT_DISABLE = /^eslint-disable(-next-line|-line)?(?:\s|$)/u

const MARKER = /\b(TODO|FIXME|HACK|XXX)\b/

export interface CommentFindings {
  suppressions: Suppressions
  markers: CommentMarker[]
}

function lastLine(comment: string): string {
  let start = comment.length
  while (start > 0 && !isLineBreak(comment.charCodeAt(start - 1))) start -= 1
  return comment.slice(start)
}

function typeScriptDirective(comment: string, singleLine: boolean): string | undefined {
  const match = singleLine
    ? TS_DIRECTIVE_LINE.exec(comment)
    : TS_DIRECTIVE_BLOCK_LAST_LINE.exec(lastLine(comment).trimStart())
  return match?.[1]
}

function isEslintDisable(comment: string, singleLine: boolean): boolean {
  const value = singleLine ? comment.slice(2) : comment.slice(2, comment.endsWith('*/') ? -2 : undefined)
  const justification = ESLINT_JUSTIFICATION.exec(value)
  const directive = ESLINT_DISABLE.exec((justification ? value.slice(0, justification.index) : value).trim())
  if (!directive) return false
  const variant = directive[1]
  if (singleLine) return variant !== undefined
  // ESLint rejects an eslint-disable-line comment that spans lines.
  return variant !== '-line' || !/[\r\n\u2028\u2029]/.test(value)
}

/** One marker per comment line: the first marker word on it, with the rest of the line. */
function markersIn(comment: string, pos: number, sourceFile: ts.SourceFile, markers: CommentMarker[]): void {
  if (!MARKER.test(comment)) return
  const closed = !comment.startsWith('//') && comment.endsWith('*/')
  const body = closed ? comment.slice(0, -2) : comment
  let lineStart = 0
  while (lineStart <= body.length) {
    let lineEnd = lineStart
    while (lineEnd < body.length && !isLineBreak(body.charCodeAt(lineEnd))) lineEnd += 1
    const match = MARKER.exec(body.slice(lineStart, lineEnd))
    if (match) {
      markers.push({
        kind: match[1] as MarkerKind,
        line: sourceFile.getLineAndCharacterOfPosition(pos + lineStart + match.index).line + 1,
        text: body
          .slice(lineStart + match.index, lineEnd)
          .trim()
          .slice(0, MAX_MARKER_TEXT),
      })
    }
    lineStart = lineEnd + 1
  }
}

/** The suppression directives and TODO-style markers in a file's comments. */
export function commentFindings(
  sourceFile: ts.SourceFile,
  comments: readonly CommentRange[],
): CommentFindings {
  const suppressions: Suppressions = { tsIgnore: 0, tsExpectError: 0, eslintDisable: 0 }
  const markers: CommentMarker[] = []
  for (const { pos, end, singleLine } of comments) {
    const comment = sourceFile.text.slice(pos, end)
    const directive = typeScriptDirective(comment, singleLine)
    if (directive === 'ts-ignore') suppressions.tsIgnore += 1
    else if (directive === 'ts-expect-error') suppressions.tsExpectError += 1
    if (isEslintDisable(comment, singleLine)) suppressions.eslintDisable += 1
    markersIn(comment, pos, sourceFile, markers)
  }
  return { suppressions, markers }
}
