/**
 * Makes text from audited repositories (file names, author names, finding titles) safe to lay out in
 * the PDF (security.md, bad inputs 42 and 55):
 * - bidi and invisible controls (Trojan Source) and other control characters are shown as `⟨U+202E⟩`,
 *   so the reader sees them instead of being fooled by them;
 * - very long unbroken tokens get a zero-width space every TOKEN_BREAK_EVERY characters, so a
 *   10,000-character line wraps inside its column instead of overflowing the page;
 * - very long text is cut with a visible marker, so one field cannot turn into a hundred pages;
 * - given what the fonts can draw, any other character is shown as its code point too, rather than
 *   as an empty box (or a right-to-left run the font cannot shape).
 */
export const TOKEN_BREAK_EVERY = 40
export const DEFAULT_MAX_LENGTH = 2_000
export const TRUNCATION_MARKER = ' … [truncated]'
export const ZERO_WIDTH_SPACE = '\u200b'

/**
 * C0 and C1 controls (but tab and newline), bidi embeddings, overrides, isolates and marks, zero-width
 * and other invisible formatting characters, line and paragraph separators, and the BOM.
 */
const HIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** `⟨U+202E⟩` for one character. */
export function escapeCodePoint(character: string): string {
  const codePoint = character.codePointAt(0) ?? 0
  return `⟨U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}⟩`
}

function breakLongTokens(text: string, breakEvery: number): string {
  return text.replace(new RegExp(`\\S{${breakEvery + 1},}`, 'gu'), (token) => {
    const characters = Array.from(token)
    const chunks: string[] = []
    for (let index = 0; index < characters.length; index += breakEvery)
      chunks.push(characters.slice(index, index + breakEvery).join(''))
    return chunks.join(ZERO_WIDTH_SPACE)
  })
}

/** Shows hidden characters, keeps newlines, and nothing else; for one-line fields such as metadata. */
export function revealHidden(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(HIDDEN, escapeCodePoint)
}

/** Whether the fonts can draw a code point. Printable ASCII is assumed: every font we embed has it. */
export type Printable = (codePoint: number) => boolean

const PRINTABLE_ASCII = /^[\x20-\x7e\n]*$/

function escapeUnprintable(text: string, printable: Printable): string {
  if (PRINTABLE_ASCII.test(text)) return text
  let result = ''
  for (const character of text)
    result +=
      character === '\n' || printable(character.codePointAt(0) ?? 0) ? character : escapeCodePoint(character)
  return result
}

/**
 * Text ready for a PDF text node: truncated to `maxLength` characters of input, hidden characters
 * revealed, composed (NFC, so "e" + combining accent draws as "é"), characters the fonts lack shown as
 * code points when `printable` says which those are, long tokens made breakable every `breakEvery`
 * characters (fewer for a narrow column).
 */
export function safeText(
  value: string | null | undefined,
  maxLength = DEFAULT_MAX_LENGTH,
  printable?: Printable,
  breakEvery = TOKEN_BREAK_EVERY,
): string {
  const text = value ?? ''
  const cut = text.length > maxLength ? text.slice(0, maxLength) + TRUNCATION_MARKER : text
  const composed = revealHidden(cut).normalize('NFC')
  return breakLongTokens(
    printable === undefined ? composed : escapeUnprintable(composed, printable),
    breakEvery,
  )
}

/** One line: newlines become spaces; for table cells, titles and the footer. */
export function safeLine(
  value: string | null | undefined,
  maxLength = DEFAULT_MAX_LENGTH,
  printable?: Printable,
  breakEvery = TOKEN_BREAK_EVERY,
): string {
  return safeText((value ?? '').replace(/[\r\n]+/g, ' '), maxLength, printable, breakEvery)
}
