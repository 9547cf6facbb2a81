import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { mergeItems, splitItem, triageItems } from '../../../src/renderer/src/db/commands/debt-items'
import { createEngagement } from '../../../src/renderer/src/db/commands/engagements'
import { addRepo } from '../../../src/renderer/src/db/commands/repos'
import { completeRun, startRun } from '../../../src/renderer/src/db/commands/runs'
import type { DiligentDatabase } from '../../../src/renderer/src/db/database'
import type { RepoRecord } from '../../../src/renderer/src/db/records'
import { storedSnapshotInput } from '../../../src/renderer/src/db/queries/snapshot-input'
import { StageRulesFileSchema } from '../../../src/shared/checklists/stage-rules'
import type { AuditResult } from '../../../src/shared/domain/audit-result'
import type { Finding } from '../../../src/shared/domain/finding'
import { DEFAULT_COST_ASSUMPTIONS, type AuditSnapshot } from '../../../src/shared/report/audit-snapshot'
import { assembleSnapshot } from '../../../src/shared/report/assemble-snapshot'
import { engagementDraft } from '../../helpers/engagement-drafts'
import { freshDatabase } from '../../helpers/fresh-database'

const RULES = StageRulesFileSchema.parse(
  JSON.parse(readFileSync(join(__dirname, '../../../resources/scoring/stages.json'), 'utf8')),
).stages.growth

let db: DiligentDatabase
let engagementId: string
let repo: RepoRecord

function finding(fingerprint: string, path: string, overrides: Partial<Finding> = {}): Finding {
  return {
    fingerprint,
    ruleId: 'inventory/very-large-file',
    category: 'debt',
    severity: 'medium',
    title: `Large file ${path}`,
    explanation: '',
    location: { path, line: null, column: null },
    evidence: null,
    effortMinutes: 120,
    remediation: 'Split it.',
    references: [],
    ...overrides,
  }
}

async function analyse(findings: Finding[], finishedAt: string): Promise<void> {
  const run = await startRun(db, repo)
  const result: AuditResult = {
    schemaVersion: 1,
    engineVersion: 'test',
    repo: { source: repo.source, sourceKind: 'local', commitSha: finishedAt, branch: 'main' },
    startedAt: finishedAt,
    finishedAt,
    metrics: [],
    findings,
    facts: { 'git-history': { files: [{ path: 'src/api/orders.ts', commits: 9 }] } } as never,
    warnings: [],
    analyzers: [],
  }
  await completeRun(db, run.id, result)
  await db.runs.update(run.id, { finishedAt })
}

async function snapshot(): Promise<AuditSnapshot> {
  const stored = await storedSnapshotInput(db, engagementId)
  return assembleSnapshot({
    generatedBy: 'app',
    generatedAt: '2026-12-02T00:00:00.000Z',
    engagement: { name: 'Acme', stage: 'growth', startDate: null, endDate: null, notes: '' },
    auditor: null,
    ...stored,
    answers: new Map(),
    checklists: [],
    rules: RULES,
    executiveSummary: null,
    costAssumptions: DEFAULT_COST_ASSUMPTIONS,
  })
}
const refOf = (current: AuditSnapshot, itemId: string) => ({
  id: itemId,
  fingerprints: current.findings
    .filter((entry) => entry.debtItemId === itemId)
    .map((entry) => entry.fingerprint),
})

beforeEach(async () => {
  db = freshDatabase()
  await db.open()
  engagementId = (await createEngagement(db, engagementDraft())).id
  repo = await addRepo(db, { engagementId, name: 'api', source: '/src/api', sourceKind: 'local' })
  await analyse(
    [
      finding('a', 'src/api/orders.ts'),
      finding('b', 'src/api/users.ts'),
      finding('c', 'lib/util.ts', { severity: 'high' }),
    ],
    '2026-11-01T00:00:00.000Z',
  )
})
afterEach(() => db.delete())

describe('the debt inventory', () => {
  it('groups the same rule in the same area, and prioritises by impact × interest ÷ effort', async () => {
    const current = await snapshot()
    // high: impact 5 × (1 + ln(1 + 0 commits)) ÷ 2 h = 2.5
    // medium: impact 3 × (1 + ln(1 + 9 commits)) ÷ 4 h = 3 × 3.303 ÷ 4 = 2.48
    expect(current.debtItems.map((item) => [item.locations, item.findingCount, item.priority])).toEqual([
      [['lib/util.ts'], 1, 2.5],
      [['src/api/orders.ts', 'src/api/users.ts'], 2, 2.48],
    ])
    expect(current.debtItems[1]).toMatchObject({ churnCommits: 9, effortHours: 4 })
  })

  it('keeps triage across a re-analysis, and reports what is new, fixed and still open', async () => {
    const first = await snapshot()
    const grouped = first.debtItems.find((item) => item.findingCount === 2)
    if (grouped === undefined) throw new Error('expected a group of two')
    await triageItems(db, engagementId, [refOf(first, grouped.id)], {
      status: 'planned',
      owner: 'Dana',
      priorityOverride: 9,
    })

    await analyse(
      [finding('a', 'src/api/orders.ts'), finding('b', 'src/api/users.ts'), finding('d', 'src/web/app.ts')],
      '2026-12-01T00:00:00.000Z',
    )
    const second = await snapshot()
    const kept = second.debtItems.find((item) => item.locations.includes('src/api/orders.ts'))
    expect(kept).toMatchObject({
      status: 'planned',
      owner: 'Dana',
      priority: 9,
      priorityOverridden: true,
      findingCount: 2,
    })
    expect(second.debtItems[0]?.id).toBe(kept?.id)
    expect(second.comparison).toEqual([
      {
        repoName: 'api',
        previousAnalysedAt: '2026-11-01T00:00:00.000Z',
        newFindings: 1,
        fixedFindings: 1,
        stillOpen: 2,
      },
    ])
  })

  it('merges a selection into one item and splits an item into one per finding, keeping its triage', async () => {
    const first = await snapshot()
    const [one, two] = first.debtItems
    if (one === undefined || two === undefined) throw new Error('expected two items')
    await mergeItems(db, engagementId, [refOf(first, one.id), refOf(first, two.id)])
    const merged = await snapshot()
    expect(merged.debtItems).toHaveLength(1)
    expect(merged.debtItems[0]).toMatchObject({ findingCount: 3, severity: 'high' })

    const item = merged.debtItems[0]
    if (item === undefined) throw new Error('expected the merged item')
    await triageItems(db, engagementId, [refOf(merged, item.id)], { status: 'accepted' })
    await splitItem(db, engagementId, refOf(await snapshot(), item.id))
    const split = await snapshot()
    expect(split.debtItems).toHaveLength(3)
    expect(split.debtItems.every((entry) => entry.status === 'accepted' && entry.findingCount === 1)).toBe(
      true,
    )
    expect(await db.debtItems.count()).toBe(3)
  })

  it('refuses a merge of fewer than two items and a bad status, changing nothing', async () => {
    const first = await snapshot()
    const only = first.debtItems[0]
    if (only === undefined) throw new Error('expected an item')
    await expect(mergeItems(db, engagementId, [refOf(first, only.id)])).rejects.toThrow('at least two')
    await expect(
      triageItems(db, engagementId, [refOf(first, only.id)], { status: 'done' as never }),
    ).rejects.toThrow()
    expect(await db.debtItems.count()).toBe(0)
  })
})
