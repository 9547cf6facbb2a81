import { describe, expect, it } from 'vitest'
import { countNoun } from '../../../src/renderer/src/features/code-health/count-noun'

describe('countNoun', () => {
  it('agrees the noun with the count', () => {
    expect(countNoun(1, 'file')).toBe('1 file')
    expect(countNoun(0, 'file')).toBe('0 files')
    expect(countNoun(1204, 'test file')).toBe('1,204 test files')
    expect(countNoun(2, 'child', 'children')).toBe('2 children')
  })
})
