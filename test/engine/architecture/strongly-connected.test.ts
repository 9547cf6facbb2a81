import { describe, expect, it } from 'vitest'
import { shortestCycleThrough } from '../../../src/main/engine/architecture/cycle-path'
import { stronglyConnectedComponents } from '../../../src/main/engine/architecture/strongly-connected'

const sorted = (components: number[][]) =>
  components.map((component) => [...component].sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!)

/** A closed walk whose every step is an edge of the graph. */
function expectCycle(path: number[], successors: number[][]) {
  expect(path.length).toBeGreaterThanOrEqual(2)
  expect(path[0]).toBe(path.at(-1))
  for (let step = 0; step + 1 < path.length; step += 1)
    expect(successors[path[step]!]).toContain(path[step + 1])
}

describe('stronglyConnectedComponents', () => {
  it('finds a 2-cycle, a 3-cycle, a self-loop and the singletons around them', () => {
    // 0 ⇄ 1; 2 → 3 → 4 → 2; 5 → 5; 6 → 0 (not on a cycle)
    const successors = [[1], [0], [3], [4], [2], [5], [0]]
    expect(sorted(stronglyConnectedComponents(successors))).toEqual([[0, 1], [2, 3, 4], [5], [6]])
  })

  it('returns the components in reverse topological order', () => {
    // 0 → 1 → 2 ⇄ 3: the sink component comes first.
    const components = stronglyConnectedComponents([[1], [2], [3], [2]])
    expect(components.map((component) => [...component].sort())).toEqual([[2, 3], [1], [0]])
  })

  it('handles an empty graph', () => {
    expect(stronglyConnectedComponents([])).toEqual([])
  })

  it('walks a 50,000-module chain without overflowing the stack', () => {
    const count = 50_000
    const chain = Array.from({ length: count }, (_, node) => (node + 1 < count ? [node + 1] : []))
    const components = stronglyConnectedComponents(chain)
    expect(components).toHaveLength(count)
    expect(components.every((component) => component.length === 1)).toBe(true)
  })

  it('finds a 50,000-module ring as one component', () => {
    const count = 50_000
    const ring = Array.from({ length: count }, (_, node) => [(node + 1) % count])
    const [component, ...rest] = stronglyConnectedComponents(ring)
    expect(rest).toEqual([])
    expect(component).toHaveLength(count)
    const path = shortestCycleThrough(0, ring, () => true)
    expect(path).toHaveLength(count + 1)
    expectCycle(path, ring)
  })
})

describe('shortestCycleThrough', () => {
  it('takes the shortest way back, staying inside the component', () => {
    // 0 → 1 → 2 → 3 → 0, and a shortcut 1 → 3; 3 → 4 → 0 leaves the component {0,1,2,3} via 4.
    const successors = [[1], [2, 3], [3], [4, 0], [0]]
    const inside = (node: number) => node !== 4
    const path = shortestCycleThrough(0, successors, inside)
    expect(path).toEqual([0, 1, 3, 0])
    expectCycle(path, successors)
  })

  it('closes a self-loop in one step, and returns nothing off a cycle', () => {
    expect(shortestCycleThrough(0, [[0]], () => true)).toEqual([0, 0])
    expect(shortestCycleThrough(0, [[1], []], () => true)).toEqual([])
  })
})
