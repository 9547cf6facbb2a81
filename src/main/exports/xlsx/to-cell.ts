/**
 * The one choke point between snapshot data and exceljs (security.md section 4, bad inputs 48–52).
 *
 * exceljs turns an object `{ formula }` into a live `<f>` and `{ text, hyperlink }` into a link with any scheme,
 * so nothing but a plain string or a finite number may reach it. Text that Excel (or a later "Save as CSV")
 * could read as a formula or DDE call gets a visible leading apostrophe: exceljs cannot set the invisible
 * `quotePrefix` style, and the visible mark survives forwarding.
 *
 * Departure from security.md's `toCell` contract: it asks objects to be rejected; here any value is accepted
 * and objects become JSON text, so one unexpected object in audited data (bad input 49) is shown, not fatal.
 */
export type CellValue = string | number

/** Excel's limit on the characters in one cell (Microsoft KB 211878); exceljs does not enforce it. */
export const EXCEL_CELL_LIMIT = 32_767
export const TRUNCATION_MARKER = '…[truncated]'

/** First characters that start a formula or DDE call (OWASP CSV injection, ASVS 5.0 V1.2.10, plus CR). */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\0'])

/**
 * Characters that need work: C0 controls other than tab and LF, DEL, bidi controls (Trojan Source,
 * CVE-2021-42574), zero-width and other invisible format characters, surrogates (checked for pairing), and
 * U+FFFE/U+FFFF, which XML 1.0 forbids (Excel refuses a file that holds them).
 */
const NEEDS_WORK =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\0-\x08\x0B-\x1F\x7F\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFFE\uFFFF\uD800-\uDFFF]/
const LINE_BREAKS = /\r\n?/g
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const STRIPPED_CONTROLS = /[\0-\x08\x0B-\x1F\x7F]/g
const INVISIBLE_FORMAT = /[\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g
const NOT_XML_TEXT = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g

const escapeInvisible = (char: string): string =>
  `⟨U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}⟩`

/** A cell value exceljs can only write as a plain string or number: never a formula, link or rich text. */
export function toCell(value: unknown): CellValue {
  if (typeof value === 'number') return numberCell(value)
  if (typeof value === 'bigint')
    return Number.isSafeInteger(Number(value)) ? Number(value) : safeText(String(value))
  return safeText(plainText(value))
}

function numberCell(value: number): CellValue {
  // xlsx has no NaN or infinity: exceljs would write <v>NaN</v>, which Excel reports as a damaged file.
  // Not-a-number has no value to show; an infinity (a division by zero upstream) is shown as text.
  if (Number.isNaN(value)) return ''
  if (value === Infinity) return '∞'
  if (value === -Infinity) return '−∞'
  return value === 0 ? 0 : value // no -0
}

function plainText(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value
    case 'number':
    case 'bigint':
      return String(value)
    case 'boolean':
      return value ? 'TRUE' : 'FALSE'
    case 'undefined':
    case 'symbol':
    case 'function':
      // Nothing worth showing, and code is never shown as data.
      return ''
    case 'object':
      if (value === null) return ''
      // ISO 8601 in UTC: the same text whichever time zone the auditor or the investor is in.
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString()
      return jsonText(value)
  }
}

/** Deeper than this, an object is shown as "[…]": enough for evidence, and no stack overflow. */
const MAX_JSON_DEPTH = 20

/** Objects and arrays as JSON, surviving cycles, bigints, throwing getters and absurd nesting. */
function jsonText(value: object): string {
  const ancestors: unknown[] = []
  try {
    const json = JSON.stringify(value, function (this: unknown, _key: string, item: unknown) {
      if (typeof item === 'bigint') return String(item)
      if (typeof item !== 'object' || item === null) return item
      // `this` is the holder of `item`: unwind to it, then a repeat among the ancestors is a cycle.
      while (ancestors.length > 0 && ancestors[ancestors.length - 1] !== this) ancestors.pop()
      if (ancestors.includes(item)) return '[circular]'
      if (ancestors.length >= MAX_JSON_DEPTH) return '[…]'
      ancestors.push(item)
      return item
    })
    return json ?? ''
  } catch {
    // A getter or toJSON that throws, or a revoked proxy: say so rather than fail the export.
    return '[unprintable value]'
  }
}

function safeText(raw: string): string {
  const needsPrefix = FORMULA_TRIGGERS.has(raw.charAt(0))
  if (!needsPrefix && raw.length <= EXCEL_CELL_LIMIT && !NEEDS_WORK.test(raw)) return raw

  let text = raw
    .replace(NOT_XML_TEXT, '\uFFFD')
    // exceljs turns CR into LF anyway; do it here so the result is the same everywhere.
    .replace(LINE_BREAKS, '\n')
    // Stripped, not escaped: they carry no meaning in a report and exceljs would drop NUL silently. Tab
    // and LF stay: they are layout inside evidence and notes (a leading tab still gets the apostrophe).
    .replace(STRIPPED_CONTROLS, '')
    .replace(INVISIBLE_FORMAT, escapeInvisible)
  // Checked before and after cleaning: "\0=1" and "\x01=1" both become text starting with "'".
  if (needsPrefix || FORMULA_TRIGGERS.has(text.charAt(0))) text = `'${text}`
  return truncate(text)
}

function truncate(text: string): string {
  if (text.length <= EXCEL_CELL_LIMIT) return text
  let end = EXCEL_CELL_LIMIT - TRUNCATION_MARKER.length
  // Never split a surrogate pair: half an emoji is not valid XML text.
  const last = text.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end -= 1
  return text.slice(0, end) + TRUNCATION_MARKER
}
