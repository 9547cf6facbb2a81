import { describe, expect, it } from 'vitest'
import { mayHoldSource } from '../../../src/main/engine/code/source-kinds'

describe('mayHoldSource', () => {
  it('judges by the name alone which tracked files may be code to parse', () => {
    const code = ['src/a.ts', 'b.TSX', 'c.mjs', 'd.cjs', 'e.jsx', 'f.mts', 'g.js']
    // Declaration files have no bodies to measure; a script without an extension needs its shebang read.
    const other = ['types.d.ts', 'README.md', 'ts', 'x.json', 'y.ts.orig', 'bin/cli']
    expect([...code, ...other].filter((path) => mayHoldSource({ path }))).toEqual(code)
  })
})
