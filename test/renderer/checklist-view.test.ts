import { describe, expect, it } from 'vitest'
import type { EvidenceRule } from '../../src/shared/checklists/checklist-schema'
import type { RepoEvidence } from '../../src/shared/checklists/suggest'
import { buildChecklistView, matchesFilter } from '../../src/renderer/src/features/checklists/checklist-view'
import type { AnswerRecord } from '../../src/renderer/src/db/records'
import { checklist, item } from '../shared/checklists/fixtures'

const RULES = { green: 0.8, amber: 0.6, minCoverage: 0, redFlags: { no: [], partly: [] } }
const truckFactorRule: EvidenceRule = {
  source: 'metric',
  metricId: 'git-history/truck-factor',
  op: '<=',
  value: 1,
  suggests: 'no',
  confidence: 'high',
  reason: 'One person holds most of the knowledge.',
}
const list = checklist('team', [
  item({ id: 'team.truck', evidence: [truckFactorRule] }),
  item({ id: 'team.growth-only', stages: ['growth'] }),
  item({ id: 'team.reviews' }),
])
const repos = (truckFactor: number): RepoEvidence[] => [
  {
    repoName: 'api',
    metrics: [{ id: 'git-history/truck-factor', label: 'Truck factor', value: truckFactor, unit: 'count' }],
    findings: [],
    succeededAnalyzers: ['git-history'],
  },
]
function answer(itemId: string, overrides: Partial<AnswerRecord>): AnswerRecord {
  return {
    id: `e:${itemId}`,
    engagementId: 'e',
    checklistId: 'team',
    itemId,
    status: null,
    notes: '',
    linkedFindingFingerprints: [],
    decidedBy: null,
    decidedAt: null,
    fromSuggestion: false,
    evidenceKey: null,
    updatedAt: '2026-12-02T00:00:00.000Z',
    ...overrides,
  }
}

describe('buildChecklistView', () => {
  it('keeps the items of the stage, pairs answers with suggestions, and scores them', () => {
    const answers = new Map([
      ['team.reviews', answer('team.reviews', { status: 'yes', decidedBy: 'auditor' })],
    ])
    const view = buildChecklistView(list, 'pre-product', RULES, answers, repos(1))
    expect(view.items.map((entry) => entry.item.id)).toEqual(['team.truck', 'team.reviews'])
    expect(view.items[0]?.suggestion?.status).toBe('no')
    expect(view.score.counts).toMatchObject({ yes: 1, unanswered: 1 })
    expect(view.sections[0]?.score.total).toBe(2)
  })

  it('flags an answer whose evidence changed after the auditor decided, and never changes the answer', () => {
    const first = buildChecklistView(list, 'growth', RULES, new Map(), repos(1))
    const key = first.items[0]?.suggestion?.key ?? null
    const decided = new Map([
      [
        'team.truck',
        answer('team.truck', { status: 'no', decidedBy: 'auditor', fromSuggestion: true, evidenceKey: key }),
      ],
    ])
    expect(buildChecklistView(list, 'growth', RULES, decided, repos(1)).items[0]?.evidenceChanged).toBe(false)
    const rerun = buildChecklistView(list, 'growth', RULES, decided, repos(0))
    expect(rerun.items[0]).toMatchObject({ evidenceChanged: true, answer: { status: 'no' } })
    expect(buildChecklistView(list, 'growth', RULES, decided, []).items[0]?.evidenceChanged).toBe(true)
  })
})

describe('matchesFilter', () => {
  const view = (status: AnswerRecord['status'], suggested: boolean, evidenceChanged = false) => ({
    item: item({ id: 'team.x' }),
    sectionId: 'main',
    answer: status === null ? null : answer('team.x', { status, decidedBy: 'auditor' }),
    suggestion: suggested
      ? { status: 'no' as const, confidence: 'high' as const, evidence: [], key: 'k' }
      : null,
    evidenceChanged,
  })
  it.each([
    ['unanswered', view(null, false), true],
    ['unanswered', view('unknown', false), false],
    ['failed', view('no', false), true],
    ['failed', view('partly', false), true],
    ['failed', view('yes', false), false],
    ['suggested', view(null, true), true],
    ['suggested', view('no', true), false],
    ['suggested', view('no', true, true), true],
    ['suggested', view(null, false), false],
    ['all', view('yes', false), true],
  ] as const)('%s: %#', (filter, entry, expected) => {
    expect(matchesFilter(entry, filter)).toBe(expected)
  })
})
