import { describe, expect, it } from 'vitest'
import { runFingerprints } from '../../../../src/main/engine/code/duplication/rolling-hash'
import { winnow } from '../../../../src/main/engine/code/duplication/winnow'

function randomValues(count: number, seed: number, modulo = 2 ** 32): Uint32Array {
  const values = new Uint32Array(count)
  let state = seed
  for (let index = 0; index < count; index++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    values[index] = state % modulo
  }
  return values
}

function selectedPositions(fingerprints: Uint32Array, window: number): number[] {
  const selected = new Uint32Array(fingerprints.length)
  return [...selected.subarray(0, winnow(fingerprints, fingerprints.length, window, selected))]
}

describe('runFingerprints', () => {
  it('gives equal runs equal fingerprints wherever they are', () => {
    const tokens = new Uint16Array([5, 1, 2, 3, 4, 9, 1, 2, 3, 4, 7])
    const out = new Uint32Array(tokens.length)
    expect(runFingerprints(tokens, tokens.length, 4, out)).toBe(8)
    expect(out[1]).toBe(out[6])
    expect(new Set(out.subarray(0, 8)).size).toBe(7)
  })

  it('gives nothing for fewer tokens than a run', () => {
    expect(runFingerprints(new Uint16Array([1, 2]), 2, 3, new Uint32Array(2))).toBe(0)
  })
})

describe('winnow', () => {
  it('selects ascending positions with one in every window, about 2 in window + 1', () => {
    const window = 26
    const fingerprints = randomValues(20_000, 3)
    const positions = selectedPositions(fingerprints, window)
    for (let index = 1; index < positions.length; index++) {
      expect(positions[index]! - positions[index - 1]!).toBeGreaterThan(0)
      expect(positions[index]! - positions[index - 1]!).toBeLessThanOrEqual(window)
    }
    expect(positions[0]).toBeLessThan(window)
    expect(positions.at(-1)).toBeGreaterThanOrEqual(fingerprints.length - window)
    expect(positions.length / fingerprints.length).toBeCloseTo(2 / (window + 1), 2)
  })

  it('selects the minimum of a shared stretch in both copies, whatever surrounds them', () => {
    const window = 10
    const shared = randomValues(window, 11)
    const first = new Uint32Array([...randomValues(30, 1), ...shared, ...randomValues(30, 2)])
    const second = new Uint32Array([...randomValues(17, 5), ...shared, ...randomValues(3, 6)])
    const minimum = Math.min(...shared)
    expect(selectedPositions(first, window).some((position) => first[position] === minimum)).toBe(true)
    expect(selectedPositions(second, window).some((position) => second[position] === minimum)).toBe(true)
  })

  it('selects one in a window, not all, from a run of equal fingerprints', () => {
    const positions = selectedPositions(new Uint32Array(1000).fill(42), 25)
    expect(positions.length).toBeLessThanOrEqual(Math.ceil(1000 / 25))
  })

  it('handles fewer fingerprints than a window', () => {
    expect(selectedPositions(new Uint32Array([9, 3, 7]), 5)).toEqual([1])
  })
})
