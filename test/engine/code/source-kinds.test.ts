import { describe, expect, it } from 'vitest'
import { mayHoldSource } from '../../../src/main/engine/code/source-kinds'

describe('mayHoldSource', () => {
  it('judges by the name alone which tracked files may be code to parse', () => {
    const code = ['src/a.ts', 'b.TSX', 'c.mjs', 'd.cjs', 'e.jsx', 'f.mts', 'g.d.ts']
    const other = ['README.md', 'ts', 'x.json', 'y.ts.orig']
    expect([...code, ...other].filter((path) => mayHoldSource({ path }))).toEqual(code)
  })
})
