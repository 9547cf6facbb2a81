import { describe, expect, it } from 'vitest'
import { TokenBuffer } from '../../../../src/main/engine/code/duplication/token-buffer'
import { tokenize } from '../../../../src/main/engine/code/duplication/tokenize'

interface Scanned {
  hashes: number[]
  startLines: number[]
  endLines: number[]
}

function scan(text: string, jsx = false): Scanned {
  const buffer = new TokenBuffer()
  tokenize(text, jsx, buffer)
  const count = buffer.count
  return {
    hashes: [...buffer.hashes.subarray(0, count)],
    startLines: [...buffer.startLines.subarray(0, count)],
    endLines: [...buffer.endLines.subarray(0, count)],
  }
}

describe('tokenize', () => {
  it('drops comments, whitespace and line breaks but keeps every other token', () => {
    expect(scan('a /* b */ + // c\n  d').hashes).toHaveLength(3)
    expect(scan('a + d').hashes).toEqual(scan('a /* b */ + // c\n  d').hashes)
  })

  it('keeps names and literals as written', () => {
    expect(scan('total + 1').hashes).not.toEqual(scan('sum + 1').hashes)
    expect(scan("f('a')").hashes).not.toEqual(scan('f("a")').hashes)
  })

  it('reads a template literal with substitutions, nested braces and templates as its parts', () => {
    // const, t, =, `a${, x, }b${, {, y, :, 1, }, ., y, }c${, `in${, z, }`, }`, ;
    expect(scan('const t = `a${x}b${ {y: 1}.y }c${`in${z}`}`;').hashes).toHaveLength(19)
  })

  it('tells a regular expression from a division by what precedes the slash', () => {
    // x, =, a, /, b, /, c, ;, y, =, /ab+c/gi, ., test, (, z, )
    expect(scan('x = a / b / c; y = /ab+c/gi.test(z)').hashes).toHaveLength(16)
    // return, /[/]{2}/, ., test, (, s, )
    expect(scan('return /[/]{2}/.test(s)').hashes).toHaveLength(7)
  })

  it('numbers lines through LF, CRLF and lone CR breaks, and spans multi-line tokens', () => {
    expect(scan('a\nb\r\nc\rd\n\n\ne')).toMatchObject({
      startLines: [1, 2, 3, 4, 7],
      endLines: [1, 2, 3, 4, 7],
    })
    expect(scan('x = `one\r\ntwo\nthree` + y')).toMatchObject({
      startLines: [1, 1, 1, 3, 3],
      endLines: [1, 1, 3, 3, 3],
    })
  })

  it('skips a shebang line, after a byte-order mark too', () => {
    expect(scan('#!/usr/bin/env node\nrun()').hashes).toHaveLength(3)
    expect(scan('\uFEFF#!/usr/bin/env node\nrun()')).toEqual(scan('#!/usr/bin/env node\nrun()'))
  })

  it('scans JSX with the JSX variant', () => {
    // `</` is one token in JSX and two (`<`, `/`…) in plain TypeScript.
    expect(scan('<a>x</a>', true).hashes).toHaveLength(7)
    expect(scan('<a>x</a>', false).hashes).not.toHaveLength(7)
  })

  it('produces nothing for empty or comment-only text', () => {
    expect(scan('').hashes).toEqual([])
    expect(scan('// a\n/* b */').hashes).toEqual([])
  })
})
