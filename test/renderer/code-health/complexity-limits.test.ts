import { describe, expect, it } from 'vitest'
import { bandBars, bandLabel } from '../../../src/renderer/src/features/code-health/complexity-bands'

describe('complexity bands', () => {
  it('labels closed, single-value and open bands', () => {
    expect(bandLabel({ min: 6, max: 10, functions: 0 })).toBe('6–10')
    expect(bandLabel({ min: 1, max: 1, functions: 0 })).toBe('1')
    expect(bandLabel({ min: 51, max: null, functions: 0 })).toBe('51+')
  })

  it('colours the bands over the limit apart', () => {
    const bars = bandBars(
      [
        { min: 11, max: 15, functions: 4 },
        { min: 16, max: 25, functions: 2 },
        { min: 26, max: null, functions: 1 },
      ],
      15,
    )
    expect(bars).toEqual([
      { band: '11–15', functions: 4, color: 'indigo.6' },
      { band: '16–25', functions: 2, color: 'orange.6' },
      { band: '26+', functions: 1, color: 'orange.6' },
    ])
  })
})
