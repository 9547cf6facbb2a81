/**
 * A small TOML reader for manifests (pyproject.toml, Cargo.toml): tables, arrays of tables, dotted and
 * quoted keys, all four string forms, arrays and inline tables. Numbers, dates and the like are kept
 * as their text. Tables are Maps, so no key from the file can reach an object prototype. Every loop
 * advances, and nesting is capped, so hostile input ends in a TomlError, never a hang or a deep stack.
 */

export type TomlValue = string | number | boolean | TomlValue[] | TomlTable
export type TomlTable = Map<string, TomlValue>

export class TomlError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`${message} at line ${line}`)
  }
}

const MAX_DEPTH = 32
const BARE_KEY = /[A-Za-z0-9_-]/
const ESCAPES: Readonly<Record<string, string>> = {
  b: '\b',
  t: '\t',
  n: '\n',
  f: '\f',
  r: '\r',
  e: '\u001b',
  '"': '"',
  '\\': '\\',
}

export function isTable(value: TomlValue | undefined): value is TomlTable {
  return value instanceof Map
}

class TomlParser {
  private position = 0

  constructor(private readonly text: string) {}

  document(): TomlTable {
    const root: TomlTable = new Map()
    let current = root
    for (;;) {
      this.skipBlank()
      if (this.position >= this.text.length) return root
      if (this.text[this.position] === '[') current = this.tableHeader(root)
      else this.keyValue(current, 0)
      this.endOfLine()
    }
  }

  private fail(message: string): never {
    let line = 1
    for (let index = 0; index < this.position && index < this.text.length; index += 1) {
      if (this.text[index] === '\n') line += 1
    }
    throw new TomlError(message, line)
  }

  private peek(offset = 0): string {
    return this.text[this.position + offset] ?? ''
  }

  private skipSpaces(): void {
    while (this.peek() === ' ' || this.peek() === '\t') this.position += 1
  }

  private skipComment(): void {
    if (this.peek() !== '#') return
    const end = this.text.indexOf('\n', this.position)
    this.position = end === -1 ? this.text.length : end
  }

  /** Spaces, newlines and comments. */
  private skipBlank(): void {
    for (;;) {
      const start = this.position
      this.skipSpaces()
      this.skipComment()
      while (this.peek() === '\n' || this.peek() === '\r') this.position += 1
      if (this.position === start) return
    }
  }

  private endOfLine(): void {
    this.skipSpaces()
    this.skipComment()
    if (this.position >= this.text.length) return
    if (this.peek() === '\r') this.position += 1
    if (this.peek() !== '\n') this.fail('Expected the end of the line')
    this.position += 1
  }

  private expect(token: string): void {
    if (!this.text.startsWith(token, this.position)) this.fail(`Expected "${token}"`)
    this.position += token.length
  }

  private tableHeader(root: TomlTable): TomlTable {
    const arrayTable = this.text.startsWith('[[', this.position)
    this.position += arrayTable ? 2 : 1
    const keys = this.dottedKey()
    this.skipSpaces()
    this.expect(arrayTable ? ']]' : ']')
    const last = keys.at(-1) ?? ''
    const parent = this.descend(root, keys.slice(0, -1))
    if (!arrayTable) return this.descend(parent, [last])
    const existing = parent.get(last)
    const table: TomlTable = new Map()
    if (existing === undefined) parent.set(last, [table])
    else if (Array.isArray(existing)) existing.push(table)
    else this.fail(`"${last}" is not an array of tables`)
    return table
  }

  /** The table at `keys` under `table`, created as needed; through an array of tables, its last table. */
  private descend(table: TomlTable, keys: readonly string[]): TomlTable {
    let current = table
    for (const key of keys) {
      const value = current.get(key)
      if (value === undefined) {
        const created: TomlTable = new Map()
        current.set(key, created)
        current = created
      } else if (isTable(value)) {
        current = value
      } else {
        const lastTable = Array.isArray(value) ? value.at(-1) : undefined
        if (!isTable(lastTable)) this.fail(`"${key}" is already a value, not a table`)
        current = lastTable
      }
    }
    return current
  }

  private dottedKey(): string[] {
    const keys: string[] = []
    for (;;) {
      this.skipSpaces()
      keys.push(this.key())
      this.skipSpaces()
      if (this.peek() !== '.') return keys
      this.position += 1
    }
  }

  private key(): string {
    const char = this.peek()
    if (char === '"') return this.basicString()
    if (char === "'") return this.literalString()
    const start = this.position
    while (BARE_KEY.test(this.peek())) this.position += 1
    if (this.position === start) this.fail('Expected a key')
    return this.text.slice(start, this.position)
  }

  private keyValue(table: TomlTable, depth: number): void {
    const keys = this.dottedKey()
    this.skipSpaces()
    this.expect('=')
    this.skipSpaces()
    const value = this.value(depth)
    this.descend(table, keys.slice(0, -1)).set(keys.at(-1) ?? '', value)
  }

  private value(depth: number): TomlValue {
    if (depth > MAX_DEPTH) this.fail('Nested too deeply')
    const char = this.peek()
    if (this.text.startsWith('"""', this.position)) return this.multilineString('"""')
    if (this.text.startsWith("'''", this.position)) return this.multilineString("'''")
    if (char === '"') return this.basicString()
    if (char === "'") return this.literalString()
    if (char === '[') return this.array(depth)
    if (char === '{') return this.inlineTable(depth)
    return this.scalar()
  }

  private scalar(): TomlValue {
    const start = this.position
    while (this.position < this.text.length && !',]}\n\r#'.includes(this.peek())) this.position += 1
    const raw = this.text.slice(start, this.position).trim()
    if (raw === '') this.fail('Expected a value')
    // Only a date-time (`1979-05-27 07:32:00`) holds a space; anything else is a second value on the line.
    if (/\s/.test(raw) && !/^\d{4}-\d{2}-\d{2} \d/.test(raw)) this.fail('Expected the end of the line')
    if (raw === 'true') return true
    if (raw === 'false') return false
    if (/^[+-]?\d[\d_]*(\.\d[\d_]*)?([eE][+-]?\d+)?$/.test(raw)) return Number(raw.replace(/_/g, ''))
    return raw
  }

  private array(depth: number): TomlValue[] {
    this.position += 1
    const items: TomlValue[] = []
    for (;;) {
      this.skipBlank()
      if (this.peek() === ']') {
        this.position += 1
        return items
      }
      if (this.position >= this.text.length) this.fail('Unterminated array')
      items.push(this.value(depth + 1))
      this.skipBlank()
      if (this.position >= this.text.length) this.fail('Unterminated array')
      if (this.peek() === ',') this.position += 1
      else if (this.peek() !== ']') this.fail('Expected "," or "]" in an array')
    }
  }

  private inlineTable(depth: number): TomlTable {
    this.position += 1
    const table: TomlTable = new Map()
    for (;;) {
      this.skipBlank()
      if (this.peek() === '}') {
        this.position += 1
        return table
      }
      if (this.position >= this.text.length) this.fail('Unterminated inline table')
      this.keyValue(table, depth + 1)
      this.skipBlank()
      if (this.position >= this.text.length) this.fail('Unterminated inline table')
      if (this.peek() === ',') this.position += 1
      else if (this.peek() !== '}') this.fail('Expected "," or "}" in an inline table')
    }
  }

  private escape(): string {
    const code = this.peek()
    this.position += 1
    const simple = ESCAPES[code]
    if (simple !== undefined) return simple
    const length = code === 'u' ? 4 : code === 'U' ? 8 : 0
    const hex = this.text.slice(this.position, this.position + length)
    if (length === 0 || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== length) this.fail('Invalid escape')
    this.position += length
    const point = Number.parseInt(hex, 16)
    return point <= 0x10ffff ? String.fromCodePoint(point) : '\ufffd'
  }

  private basicString(): string {
    this.position += 1
    let result = ''
    for (;;) {
      const char = this.peek()
      if (char === '' || char === '\n') this.fail('Unterminated string')
      this.position += 1
      if (char === '"') return result
      result += char === '\\' ? this.escape() : char
    }
  }

  private literalString(): string {
    const start = this.position + 1
    const end = this.text.indexOf("'", start)
    const newline = this.text.indexOf('\n', start)
    if (end === -1 || (newline !== -1 && newline < end)) this.fail('Unterminated string')
    this.position = end + 1
    return this.text.slice(start, end)
  }

  private multilineString(delimiter: '"""' | "'''"): string {
    this.position += 3
    if (this.peek() === '\r') this.position += 1
    if (this.peek() === '\n') this.position += 1
    let result = ''
    for (;;) {
      if (this.position >= this.text.length) this.fail('Unterminated string')
      if (this.text.startsWith(delimiter, this.position)) {
        // Up to two quotes right before the closing delimiter belong to the string.
        let run = 3
        while (run < 5 && this.peek(run) === delimiter[0]) run += 1
        result += delimiter.slice(0, run - 3)
        this.position += run
        return result
      }
      const char = this.peek()
      this.position += 1
      if (delimiter === '"""' && char === '\\') {
        if (/[ \t\r\n]/.test(this.peek())) {
          while (/[ \t\r\n]/.test(this.peek())) this.position += 1
        } else {
          result += this.escape()
        }
      } else {
        result += char
      }
    }
  }
}

/** The document as nested Maps; throws TomlError (with a line number) on anything it cannot read. */
export function parseToml(text: string): TomlTable {
  return new TomlParser(text).document()
}
