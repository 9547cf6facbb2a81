import { describe, expect, it } from 'vitest'
import type { ComplexityFacts, FileComplexity } from '../../../src/shared/domain/facts/complexity-facts'
import type { FileHistory, GitHistoryFacts } from '../../../src/shared/domain/facts/git-history-facts'
import { hotspotFindings } from '../../../src/main/engine/hotspots/findings'
import { rankHotspots } from '../../../src/main/engine/hotspots/rank-hotspots'

const NOW = new Date('2026-06-01T00:00:00Z')

const file = (path: string, cognitiveSum: number, codeLines = 100): FileComplexity => ({
  path,
  codeLines,
  functions: 5,
  cyclomaticSum: cognitiveSum,
  cognitiveSum,
  maxCyclomatic: 0,
  maxCognitive: 0,
  anyCount: 0,
  suppressions: 0,
  nonNullAssertions: 0,
  markers: 0,
})

const history = (
  path: string,
  commits: number,
  mainAuthorId: string,
  mainAuthorShare = 0.8,
): FileHistory => ({
  path,
  commits,
  linesAdded: 0,
  linesDeleted: 0,
  authors: 2,
  mainAuthorId,
  mainAuthorShare,
  firstChangedAt: '2024-01-01T00:00:00.000Z',
  lastChangedAt: '2026-05-01T00:00:00.000Z',
  ageDays: 31,
})

const author = (id: string, lastCommitAt: string) => ({
  id,
  name: id.toUpperCase(),
  emails: [id],
  bot: false,
  commits: 1,
  linesAdded: 0,
  linesDeleted: 0,
  firstCommitAt: '2024-01-01T00:00:00.000Z',
  lastCommitAt,
})

function facts(files: FileComplexity[], histories: FileHistory[]) {
  return {
    complexity: { files } as unknown as ComplexityFacts,
    history: {
      files: histories,
      authors: [author('ada', '2026-05-20T00:00:00.000Z'), author('bob', '2025-01-01T00:00:00.000Z')],
    } as unknown as GitHistoryFacts,
  }
}

describe('rankHotspots', () => {
  const input = facts(
    [
      file('src/core.ts', 120, 900),
      file('src/util.ts', 10),
      file('src/busy.ts', 0),
      file('src/rare.ts', 200),
    ],
    [
      history('src/core.ts', 40, 'bob'),
      history('src/util.ts', 80, 'ada'),
      history('src/busy.ts', 100, 'ada'),
      history('src/rare.ts', 2, 'ada'),
    ],
  )
  const ranked = rankHotspots({ ...input, isTested: (path) => path === 'src/util.ts', now: NOW })

  it('scores commits times complexity, each relative to the highest, and leaves out rare or trivial files', () => {
    // Highest commits among joined files is 100 (busy.ts), highest complexity 200 (rare.ts).
    expect(ranked.hotspots.map(({ path, score }) => ({ path, score }))).toEqual([
      { path: 'src/core.ts', score: (40 / 100) * (120 / 200) },
      { path: 'src/util.ts', score: (80 / 100) * (10 / 200) },
    ])
  })

  it('names the main author and flags one with no commit in 90 days, and whether tests exist', () => {
    expect(ranked.hotspots[0]).toMatchObject({
      mainAuthorName: 'BOB',
      mainAuthorInactive: true,
      tested: false,
      commits: 40,
      complexity: 120,
      codeLines: 900,
    })
    expect(ranked.hotspots[1]).toMatchObject({
      mainAuthorName: 'ADA',
      mainAuthorInactive: false,
      tested: true,
    })
  })

  it('keeps every joined file as a chart point when there are few', () => {
    expect(ranked.points.map((point) => point.path).sort()).toEqual([
      'src/busy.ts',
      'src/core.ts',
      'src/rare.ts',
      'src/util.ts',
    ])
  })

  it('keeps both tails of a large repository on the chart', () => {
    const many = Array.from({ length: 1_000 }, (_, index) => `f${index}.ts`)
    const large = facts(
      many.map((path, index) => file(path, index)),
      many.map((path, index) => history(path, 1_000 - index, 'ada')),
    )
    const points = rankHotspots({ ...large, isTested: () => false, now: NOW }).points
    expect(points).toHaveLength(400)
    expect(points.some((point) => point.path === 'f0.ts')).toBe(true)
    expect(points.some((point) => point.path === 'f999.ts')).toBe(true)
  })
})

describe('hotspotFindings', () => {
  it('reports complex hotspots, the untested ones, and those whose main author has left', () => {
    const ranked = rankHotspots({
      ...facts(
        [file('src/core.ts', 120), file('src/small.ts', 5)],
        [history('src/core.ts', 40, 'bob'), history('src/small.ts', 50, 'ada')],
      ),
      isTested: () => false,
      now: NOW,
    })
    const findings = hotspotFindings(ranked)
    expect(findings.map((finding) => [finding.ruleId, finding.location?.path, finding.severity])).toEqual([
      ['hotspots/complex-hotspot', 'src/core.ts', 'high'],
      ['hotspots/untested-hotspot', 'src/core.ts', 'medium'],
      ['hotspots/knowledge-at-risk', 'src/core.ts', 'high'],
    ])
    expect(findings[0]?.evidence).toBe(
      '40 commits, cognitive complexity 120, 100 code lines; main author BOB (80% of changes).',
    )
  })
})
