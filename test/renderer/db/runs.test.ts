import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AuditResult } from '../../../src/shared/domain/audit-result'
import { createEngagement } from '../../../src/renderer/src/db/commands/engagements'
import { addRepo, removeRepo } from '../../../src/renderer/src/db/commands/repos'
import {
  completeRun,
  endRunWithoutResult,
  markInterruptedRuns,
  startRun,
} from '../../../src/renderer/src/db/commands/runs'
import type { DiligentDatabase } from '../../../src/renderer/src/db/database'
import type { RepoRecord } from '../../../src/renderer/src/db/records'
import { getRepoOverview, listRepoSummaries } from '../../../src/renderer/src/db/queries/repos'
import { engagementDraft } from '../../helpers/engagement-drafts'
import { freshDatabase } from '../../helpers/fresh-database'

let db: DiligentDatabase
let repo: RepoRecord

function auditResult(commitSha: string, findingTitles: string[]): AuditResult {
  return {
    schemaVersion: 1,
    engineVersion: '0.1.0',
    repo: { source: '/src/api', sourceKind: 'local', commitSha, branch: 'main' },
    startedAt: '2026-11-24T10:00:00.000Z',
    finishedAt: '2026-11-24T10:01:00.000Z',
    metrics: [{ id: 'inventory/files', label: 'Files', value: 12, unit: 'count' }],
    findings: findingTitles.map((title, index) => ({
      fingerprint: `fp-${index}`,
      ruleId: 'git-history/truck-factor-one',
      category: 'process',
      severity: 'high',
      title,
      explanation: '',
      location: null,
      evidence: null,
      effortMinutes: 0,
      remediation: '',
      references: [],
    })),
    facts: {},
    warnings: [],
    analyzers: [],
  }
}

beforeEach(async () => {
  db = freshDatabase()
  await db.open()
  const engagement = await createEngagement(db, engagementDraft())
  repo = await addRepo(db, {
    engagementId: engagement.id,
    name: ' api ',
    source: ' /src/api ',
    sourceKind: 'local',
  })
})
afterEach(() => db.close())

describe('repositories', () => {
  it('are stored trimmed, and the same source cannot be added twice to an engagement', async () => {
    expect(repo).toMatchObject({ name: 'api', source: '/src/api', lastRunId: null })
    await expect(
      addRepo(db, {
        engagementId: repo.engagementId,
        name: 'again',
        source: '/src/api',
        sourceKind: 'local',
      }),
    ).rejects.toThrow('api already uses this source')
  })

  it('are removed with their runs and findings', async () => {
    const run = await startRun(db, repo)
    await completeRun(db, run.id, auditResult('abc', ['one']))
    await removeRepo(db, repo.id)
    expect(await db.repos.count()).toBe(0)
    expect(await db.runs.count()).toBe(0)
    expect(await db.findings.count()).toBe(0)
  })
})

describe('runs', () => {
  it('complete in one step: findings stored, run succeeded, repository pointing at it', async () => {
    const run = await startRun(db, repo)
    expect(await getRepoOverview(db, repo.id)).toMatchObject({ lastRun: null, findings: [] })

    await completeRun(db, run.id, auditResult('abc123', ['Truck factor of 1']))

    const overview = await getRepoOverview(db, repo.id)
    expect(overview?.lastRun).toMatchObject({
      id: run.id,
      status: 'succeeded',
      commitSha: 'abc123',
      branch: 'main',
    })
    expect(overview?.findings.map((finding) => finding.title)).toEqual(['Truck factor of 1'])
    expect(overview?.repo.defaultBranch).toBe('main')
  })

  it('that fail or are cancelled leave the previous result in place', async () => {
    const first = await startRun(db, repo)
    await completeRun(db, first.id, auditResult('first', ['kept']))
    const second = await startRun(db, repo)
    await endRunWithoutResult(db, second.id, 'cancelled', null)
    const third = await startRun(db, repo)
    await endRunWithoutResult(db, third.id, 'failed', 'Repository not found')

    const overview = await getRepoOverview(db, repo.id)
    expect(overview?.lastRun?.id).toBe(first.id)
    expect(overview?.findings.map((finding) => finding.title)).toEqual(['kept'])
    expect(overview?.runs.map((run) => run.status).sort()).toEqual(['cancelled', 'failed', 'succeeded'])
    const [summary] = await listRepoSummaries(db, repo.engagementId)
    expect(summary?.lastRun?.id).toBe(first.id)
  })

  it('left running by a closed window are marked interrupted, and only those', async () => {
    const done = await startRun(db, repo)
    await completeRun(db, done.id, auditResult('x', []))
    const orphan = await startRun(db, repo)

    expect(await markInterruptedRuns(db)).toBe(1)

    expect(await db.runs.get(orphan.id)).toMatchObject({ status: 'interrupted' })
    expect(await db.runs.get(done.id)).toMatchObject({ status: 'succeeded' })
  })
})
