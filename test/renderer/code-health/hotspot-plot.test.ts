import { describe, expect, it } from 'vitest'
import type { Hotspot, HotspotFacts } from '../../../src/shared/domain/facts/hotspot-facts'
import { hotspotPlot } from '../../../src/renderer/src/features/code-health/hotspot-plot'

function hotspot(path: string, commits: number, complexity: number): Hotspot {
  return {
    path,
    commits,
    complexity,
    codeLines: 100,
    score: 0.5,
    mainAuthorId: 'ada',
    mainAuthorName: 'Ada',
    mainAuthorShare: 1,
    mainAuthorInactive: false,
    authors: 1,
    lastChangedAt: '2026-01-01',
    tested: false,
  }
}

describe('hotspotPlot', () => {
  const facts: HotspotFacts = {
    hotspots: [hotspot('src/a.ts', 9, 40), hotspot('src/b.ts', 5, 30), hotspot('src/c.ts', 4, 10)],
    points: [
      { path: 'src/a.ts', commits: 9, complexity: 40, codeLines: 300 },
      { path: 'src/c.ts', commits: 4, complexity: 10, codeLines: 50 },
      { path: 'src/quiet.ts', commits: 1, complexity: 2, codeLines: 20 },
    ],
  }

  it('sets the best-ranked hotspots apart, numbered, and the other files plain', () => {
    const plot = hotspotPlot(facts, 2)
    expect(plot.top.map((point) => [point.path, point.rank])).toEqual([
      ['src/a.ts', 1],
      ['src/b.ts', 2],
    ])
    expect(plot.others.map((point) => [point.path, point.rank])).toEqual([
      ['src/c.ts', null],
      ['src/quiet.ts', null],
    ])
  })

  it('still draws a top hotspot the capped points left out, from its own numbers', () => {
    const b = hotspotPlot(facts, 2).top[1]
    expect(b).toEqual({ path: 'src/b.ts', commits: 5, complexity: 30, codeLines: 100, rank: 2 })
  })

  it('is empty for a repository without history', () => {
    expect(hotspotPlot({ hotspots: [], points: [] })).toEqual({ top: [], others: [] })
  })
})
