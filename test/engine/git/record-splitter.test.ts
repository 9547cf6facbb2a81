import { describe, expect, it } from 'vitest'
import { RecordSplitter } from '../../../src/main/engine/git/record-splitter'

function split(separator: string, chunks: string[]): string[] {
  const splitter = new RecordSplitter(separator)
  const records = chunks.flatMap((chunk) => [...splitter.push(chunk)])
  const rest = splitter.rest()
  return rest === '' ? records : [...records, rest]
}

describe('cutting streamed text into records', () => {
  it('cuts at every separator, whatever the chunk boundaries', () => {
    expect(split('\n', ['a\nb', 'c\n', '\nd'])).toEqual(['a', 'bc', '', 'd'])
    expect(split('\0', ['one\0two\0'])).toEqual(['one', 'two'])
  })

  it('finds a separator of several characters that straddles chunks', () => {
    expect(split('<>', ['a<', '>b<', '', '>c'])).toEqual(['a', 'b', 'c'])
    expect(split('<=>', ['x<', '=', '>y'])).toEqual(['x', 'y'])
    expect(split('<=>', ['<', '=>'])).toEqual([''])
  })

  it('holds a record longer than many chunks in pieces, and counts its length', () => {
    const splitter = new RecordSplitter('\n')
    for (let index = 0; index < 1000; index += 1) expect([...splitter.push('x'.repeat(1000))]).toEqual([])
    expect(splitter.pendingChars).toBe(1_000_000)
    const [record] = [...splitter.push('y\nz')]
    expect(record).toHaveLength(1_000_001)
    expect(splitter.pendingChars).toBe(1)
    expect(splitter.rest()).toBe('z')
  })

  it('refuses an empty separator', () => {
    expect(() => new RecordSplitter('')).toThrow('must not be empty')
  })
})
