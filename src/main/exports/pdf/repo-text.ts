import type { ContentText } from 'pdfmake/interfaces'
import { BRACKET_FONT_FAMILY } from './bracket-font'
import { printableCodePoints } from './fonts'
import { DEFAULT_MAX_LENGTH, safeLine, safeText } from './safe-text'

const BRACKETS = /([⟨⟩])/

/**
 * Inline pdfmake text for text that came from an audited repository (or any text that may hold
 * `⟨U+…⟩` escapes): made safe first, then the escape brackets are set in the font that has them.
 * Always a text node: a bare array would be laid out as a vertical stack, not as one line.
 */
function inlines(safe: string): ContentText {
  if (!BRACKETS.test(safe)) return { text: safe }
  return {
    text: safe
      .split(BRACKETS)
      .filter((part) => part !== '')
      .map((part) => (part === '⟨' || part === '⟩' ? { text: part, font: BRACKET_FONT_FAMILY } : part)),
  }
}

const printable = (codePoint: number): boolean => printableCodePoints().has(codePoint)

/** Multi-line text (newlines kept). */
export function repoText(value: string | null | undefined, maxLength = DEFAULT_MAX_LENGTH): ContentText {
  return inlines(safeText(value, maxLength, printable))
}

/** One line of text (newlines become spaces): names, paths, titles. */
export function repoLine(
  value: string | null | undefined,
  maxLength = DEFAULT_MAX_LENGTH,
  breakEvery?: number,
): ContentText {
  return inlines(safeLine(value, maxLength, printable, breakEvery))
}
