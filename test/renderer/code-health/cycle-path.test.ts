import { describe, expect, it } from 'vitest'
import { formatCyclePath } from '../../../src/renderer/src/features/code-health/cycle-path'

describe('formatCyclePath', () => {
  it('writes a whole cycle as a closed walk', () => {
    expect(formatCyclePath({ path: ['a.ts', 'b.ts', 'c.ts', 'a.ts'], length: 3 })).toBe(
      'a.ts → b.ts → c.ts → a.ts',
    )
  })

  it('writes a module importing itself', () => {
    expect(formatCyclePath({ path: ['a.ts', 'a.ts'], length: 1 })).toBe('a.ts → a.ts')
  })

  it('shows how many modules a cut path leaves out, and closes it on its first module', () => {
    expect(formatCyclePath({ path: ['a.ts', 'b.ts', 'c.ts'], length: 6 })).toBe(
      'a.ts → b.ts → c.ts → … 3 more modules → a.ts',
    )
    expect(formatCyclePath({ path: ['a.ts', 'b.ts'], length: 3 })).toBe(
      'a.ts → b.ts → … 1 more module → a.ts',
    )
  })

  it('closes an open path that already holds every module', () => {
    expect(formatCyclePath({ path: ['a.ts', 'b.ts'], length: 2 })).toBe('a.ts → b.ts → a.ts')
  })

  it('is empty for an empty path', () => {
    expect(formatCyclePath({ path: [], length: 0 })).toBe('')
  })
})
