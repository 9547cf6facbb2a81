import { describe, expect, it } from 'vitest'
import { EXCEL_CELL_LIMIT, toCell, TRUNCATION_MARKER } from '../../../../src/main/exports/xlsx/to-cell'

/** security.md bad inputs 48–52 and 42, plus every kind of value a snapshot could carry by mistake. */
const FORMULA_STARTS = new Set(['=', '+', '-', '@', '\t', '\r', '\0'])

describe('toCell: formula and DDE triggers become text starting with an apostrophe', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    // CR becomes LF (as exceljs would do anyway), and the apostrophe still comes first.
    ['\r=1', "'\n=1"],
    // NUL is stripped, and what it hid is still caught.
    ['\0=1', "'=1"],
    ['\x01=1', "'=1"],
    ['\x1B@x', "'@x"],
    ['=1+1\r\n=2', "'=1+1\n=2"],
    ["'=already quoted", "'=already quoted"],
  ])('%j → %j', (input, expected) => {
    expect(toCell(input)).toBe(expected)
  })
})

describe('toCell: objects never reach exceljs as objects', () => {
  const deep: Record<string, unknown> = {}
  let cursor = deep
  for (let depth = 0; depth < 5_000; depth += 1) {
    const next: Record<string, unknown> = {}
    cursor.child = next
    cursor = next
  }
  const cyclic: Record<string, unknown> = { name: 'a' }
  cyclic.self = cyclic
  const shared = { x: 1 }
  const throwing = {
    get boom(): never {
      throw new Error('getter')
    },
  }

  it.each([
    ['a formula object', { formula: '1+1' }, '{"formula":"1+1"}'],
    ['a shared formula', { sharedFormula: 'A1', result: 2 }, '{"sharedFormula":"A1","result":2}'],
    ['a hyperlink object', { text: 'y', hyperlink: 'http://x' }, '{"text":"y","hyperlink":"http://x"}'],
    ['rich text', { richText: [{ text: '=1' }] }, '{"richText":[{"text":"=1"}]}'],
    ['an error value', { error: '#N/A' }, '{"error":"#N/A"}'],
    ['an array', ['a', 1, null], '["a",1,null]'],
    ['nested objects', { a: { b: { c: [1, { d: 'e' }] } } }, '{"a":{"b":{"c":[1,{"d":"e"}]}}}'],
    ['a cycle', cyclic, '{"name":"a","self":"[circular]"}'],
    ['one object twice (not a cycle)', { a: shared, b: shared }, '{"a":{"x":1},"b":{"x":1}}'],
    ['bigints inside', { n: 10n }, '{"n":"10"}'],
    ['a throwing getter', throwing, '[unprintable value]'],
    ['a Map (no own fields)', new Map([['k', 'v']]), '{}'],
  ])('%s', (_name, input, expected) => {
    expect(toCell(input)).toBe(expected)
  })

  it('cuts absurd nesting short instead of overflowing the stack', () => {
    const cell = toCell(deep)
    expect(typeof cell).toBe('string')
    expect(cell).toContain('"[…]"')
    expect((cell as string).length).toBeLessThan(1_000)
  })
})

describe('toCell: other values, deliberately', () => {
  it.each([
    ['a number', 42, 42],
    ['a fraction', 0.125, 0.125],
    ['a negative number stays a number', -5, -5],
    ['minus zero', -0, 0],
    ['NaN (xlsx has none)', Number.NaN, ''],
    ['Infinity', Number.POSITIVE_INFINITY, '∞'],
    ['-Infinity (a minus sign, not a hyphen)', Number.NEGATIVE_INFINITY, '−∞'],
    ['null', null, ''],
    ['undefined', undefined, ''],
    ['true', true, 'TRUE'],
    ['false', false, 'FALSE'],
    ['a Date, in UTC', new Date('2026-01-02T03:04:05Z'), '2026-01-02T03:04:05.000Z'],
    ['an invalid Date', new Date('nope'), ''],
    ['a small bigint', 10n, 10],
    ['a huge bigint', 2n ** 64n, '18446744073709551616'],
    ['a huge negative bigint', -(2n ** 64n), "'-18446744073709551616"],
    ['a symbol', Symbol('x'), ''],
    ['a function', () => '=1', ''],
    ['plain text', 'hello, world', 'hello, world'],
    ['the empty string', '', ''],
  ])('%s', (_name, input, expected) => {
    expect(toCell(input)).toBe(expected)
  })
})

describe('toCell: control, invisible and invalid characters', () => {
  it.each([
    ['CRLF becomes LF', 'line 1\r\nline 2\rline 3', 'line 1\nline 2\nline 3'],
    ['LF and tab kept inside text', 'a\tb\nc', 'a\tb\nc'],
    ['other C0 controls and DEL stripped', 'bell\x07 and\x00 del\x7F.', 'bell and del.'],
    ['right-to-left override shown', 'admin\u202Etxt.exe', 'admin⟨U+202E⟩txt.exe'],
    [
      'every bidi embedding and override',
      '\u202A\u202B\u202C\u202D\u202E',
      '⟨U+202A⟩⟨U+202B⟩⟨U+202C⟩⟨U+202D⟩⟨U+202E⟩',
    ],
    ['bidi isolates', '\u2066x\u2067y\u2068z\u2069', '⟨U+2066⟩x⟨U+2067⟩y⟨U+2068⟩z⟨U+2069⟩'],
    [
      'zero-width space, joiners and marks',
      'a\u200Bb\u200Cc\u200Dd\u200Ee\u200Ff',
      'a⟨U+200B⟩b⟨U+200C⟩c⟨U+200D⟩d⟨U+200E⟩e⟨U+200F⟩f',
    ],
    ['word joiner and BOM', '\u2060x\uFEFF', '⟨U+2060⟩x⟨U+FEFF⟩'],
    ['an escaped bidi control first is not a formula', '\u202E=1', '⟨U+202E⟩=1'],
    ['a lone high surrogate', 'a\uD800b', 'a\uFFFDb'],
    ['a lone low surrogate', 'a\uDC00b', 'a\uFFFDb'],
    ['XML-forbidden noncharacters', 'x\uFFFEy\uFFFF', 'x\uFFFDy\uFFFD'],
    ['emoji and CJK untouched', 'ok 😀 漢字 עברית', 'ok 😀 漢字 עברית'],
  ])('%s', (_name, input, expected) => {
    expect(toCell(input)).toBe(expected)
  })
})

describe("toCell: Excel's 32,767-character limit", () => {
  it('truncates 40,000 characters with a visible marker', () => {
    const cell = toCell('x'.repeat(40_000)) as string
    expect(cell).toHaveLength(EXCEL_CELL_LIMIT)
    expect(cell.endsWith(TRUNCATION_MARKER)).toBe(true)
  })

  it('leaves text at the limit whole', () => {
    expect(toCell('x'.repeat(EXCEL_CELL_LIMIT))).toBe('x'.repeat(EXCEL_CELL_LIMIT))
  })

  it('counts the apostrophe it adds', () => {
    const cell = toCell(`=${'x'.repeat(EXCEL_CELL_LIMIT - 1)}`) as string
    expect(cell).toHaveLength(EXCEL_CELL_LIMIT)
    expect(cell.startsWith("'=")).toBe(true)
    expect(cell.endsWith(TRUNCATION_MARKER)).toBe(true)
  })

  it('counts the characters escaping adds', () => {
    const cell = toCell('\u202E'.repeat(10_000)) as string
    expect(cell.length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT)
    expect(cell.endsWith(TRUNCATION_MARKER)).toBe(true)
  })

  it('never cuts an emoji in half', () => {
    const before = 'x'.repeat(EXCEL_CELL_LIMIT - TRUNCATION_MARKER.length - 1)
    const cell = toCell(`${before}😀${'y'.repeat(100)}`) as string
    expect(cell.length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT)
    expect(cell).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)
    expect(cell.endsWith(TRUNCATION_MARKER)).toBe(true)
  })

  it('truncates an object turned into long JSON too', () => {
    const cell = toCell({ evidence: 'z'.repeat(40_000) }) as string
    expect(cell).toHaveLength(EXCEL_CELL_LIMIT)
  })
})

describe('toCell: whatever comes in, a plain string or a finite number comes out', () => {
  const hostile: unknown[] = [
    '=HYPERLINK("http://x","y")',
    "+cmd|' /C calc'!A0",
    '-2+3',
    '@SUM(A1)',
    '\t=1',
    '\r=1',
    '\0=1',
    '\0\0\0',
    '\r\n-1',
    { formula: '1+1' },
    { text: 'y', hyperlink: 'javascript:alert(1)' },
    [{ formula: '1+1' }],
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -(2n ** 70n),
    'x'.repeat(40_000),
    '\u202E=cmd',
  ]
  it.each(hostile.map((value, index) => [index, value]))('hostile input #%i', (_index, value) => {
    const cell = toCell(value)
    if (typeof cell === 'number') {
      expect(Number.isFinite(cell)).toBe(true)
    } else {
      expect(typeof cell).toBe('string')
      expect(FORMULA_STARTS.has(cell.charAt(0))).toBe(false)
      expect(cell.length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT)
      // eslint-disable-next-line no-control-regex -- no control character may remain
      expect(cell).not.toMatch(/[\0-\x08\x0B-\x1F\x7F]/)
    }
  })
})
