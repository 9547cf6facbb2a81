import { describe, expect, it } from 'vitest'
import {
  parseToml,
  TomlError,
  type TomlTable,
  type TomlValue,
} from '../../../src/main/engine/dependencies/toml'

/** Maps as plain objects, for readable expectations. */
function plain(value: TomlValue): unknown {
  if (value instanceof Map) return Object.fromEntries([...value].map(([key, item]) => [key, plain(item)]))
  if (Array.isArray(value)) return value.map(plain)
  return value
}

function parsed(text: string): unknown {
  return plain(parseToml(text) as TomlTable)
}

describe('parseToml', () => {
  it('reads tables, dotted and quoted keys, arrays of tables, and every string form', () => {
    const text = [
      '# a comment',
      'title = "Basic \\"quoted\\" \\u00e9"  # trailing comment',
      "path = 'C:\\no\\escapes'",
      'multi = """',
      'one \\',
      '   two"""',
      "raw = '''line\\n'''",
      'site."google.com" = true',
      'numbers = [1, 2_000, -3.5, 1e3]',
      'nested = [ [1, 2], ["a", { x = 1 }], ]',
      'when = 1979-05-27T07:32:00Z',
      '',
      '[tool.poetry.dependencies]',
      'python = "^3.11"',
      'sqlalchemy = { version = "*", extras = ["asyncio"] }',
      '',
      "[target.'cfg(windows)'.dependencies]",
      'winapi = "0.3"',
      '',
      '[[bin]]',
      'name = "a"',
      '[[bin]]',
      'name = "b"',
      '[bin.extra]',
      'flag = false',
      '',
      'list = [',
      '  "x",  # why',
      '  "y",',
      ']',
    ].join('\n')
    expect(parsed(text)).toEqual({
      title: 'Basic "quoted" é',
      path: 'C:\\no\\escapes',
      multi: 'one two',
      raw: 'line\\n',
      site: { 'google.com': true },
      numbers: [1, 2000, -3.5, 1000],
      nested: [
        [1, 2],
        ['a', { x: 1 }],
      ],
      when: '1979-05-27T07:32:00Z',
      tool: {
        poetry: { dependencies: { python: '^3.11', sqlalchemy: { version: '*', extras: ['asyncio'] } } },
      },
      target: { 'cfg(windows)': { dependencies: { winapi: '0.3' } } },
      bin: [{ name: 'a' }, { name: 'b', extra: { flag: false, list: ['x', 'y'] } }],
    })
  })

  it('keeps quotes right before a closing delimiter, and CRLF line ends', () => {
    expect(parsed('a = """say "hi"""""\r\nb = 1\r\n')).toEqual({ a: 'say "hi""', b: 1 })
  })

  it('keeps keys out of object prototypes', () => {
    const table = parseToml('__proto__ = "x"\n[constructor]\nprototype = 1\n')
    expect(table.get('__proto__')).toBe('x')
    expect(({} as Record<string, unknown>).prototype).toBeUndefined()
  })

  it.each([
    ['a = "unterminated', 'Unterminated string at line 1'],
    ['a = [1, 2', 'Unterminated array at line 1'],
    ['a = { b = 1', 'Unterminated inline table at line 1'],
    ['a = 1 b = 2', 'Expected the end of the line at line 1'],
    ['\n\n= 1', 'Expected a key at line 3'],
    ['a = \n', 'Expected a value at line 1'],
    ['a = 1\n[a]', '"a" is already a value, not a table at line 2'],
    ['a = "\\q"', 'Invalid escape at line 1'],
    [`a = ${'['.repeat(10_000)}`, 'Nested too deeply at line 1'],
  ])('refuses bad input with a TomlError: %#', (text, message) => {
    expect(() => parseToml(text)).toThrow(TomlError)
    expect(() => parseToml(text)).toThrow(message)
  })
})
