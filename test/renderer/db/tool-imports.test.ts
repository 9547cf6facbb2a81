import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { triageItems } from '../../../src/renderer/src/db/commands/debt-items'
import { createEngagement } from '../../../src/renderer/src/db/commands/engagements'
import { addRepo, removeRepo } from '../../../src/renderer/src/db/commands/repos'
import { completeRun, startRun } from '../../../src/renderer/src/db/commands/runs'
import { removeToolImport, saveSarifImport } from '../../../src/renderer/src/db/commands/tool-imports'
import type { DiligentDatabase } from '../../../src/renderer/src/db/database'
import type { RepoRecord } from '../../../src/renderer/src/db/records'
import { storedSnapshotInput } from '../../../src/renderer/src/db/queries/snapshot-input'
import { listToolImports } from '../../../src/renderer/src/db/queries/tool-imports'
import type { AuditResult } from '../../../src/shared/domain/audit-result'
import type { Finding } from '../../../src/shared/domain/finding'
import type { ImportedToolResults } from '../../../src/shared/domain/tool-import'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { StageRulesFileSchema } from '../../../src/shared/checklists/stage-rules'
import { DEFAULT_COST_ASSUMPTIONS } from '../../../src/shared/report/audit-snapshot'
import { assembleSnapshot } from '../../../src/shared/report/assemble-snapshot'
import { engagementDraft } from '../../helpers/engagement-drafts'
import { freshDatabase } from '../../helpers/fresh-database'

let db: DiligentDatabase
let engagementId: string
let repo: RepoRecord

function finding(fingerprint: string, ruleId: string): Finding {
  return {
    fingerprint,
    ruleId,
    category: 'security',
    severity: 'high',
    title: `Result ${fingerprint}`,
    explanation: 'From another tool.',
    location: { path: 'src/db.js', line: 21, column: 16 },
    evidence: null,
    effortMinutes: 120,
    remediation: 'Use parameters.',
    references: [],
  }
}

const tool = (toolName: string, fingerprints: string[]): ImportedToolResults => ({
  toolName,
  toolVersion: '1.0.0',
  findings: fingerprints.map((fingerprint) => finding(fingerprint, `sarif/${toolName.toLowerCase()}/rule`)),
  warnings: [],
})

async function analyse(fingerprints: string[], finishedAt: string): Promise<string> {
  const run = await startRun(db, repo)
  const result: AuditResult = {
    schemaVersion: 1,
    engineVersion: 'test',
    repo: { source: repo.source, sourceKind: 'local', commitSha: 'abc', branch: 'main' },
    startedAt: finishedAt,
    finishedAt,
    metrics: [],
    findings: fingerprints.map((fingerprint) => finding(fingerprint, 'security/engine-rule')),
    facts: {} as never,
    warnings: [],
    analyzers: [],
  }
  await completeRun(db, run.id, result)
  return run.id
}

const storedFingerprints = async (): Promise<string[]> =>
  ((await storedSnapshotInput(db, engagementId)).repos[0]?.findings ?? [])
    .map((entry) => entry.fingerprint)
    .sort()

beforeEach(async () => {
  db = freshDatabase()
  await db.open()
  engagementId = (await createEngagement(db, engagementDraft({ name: 'Acme' }))).id
  repo = await addRepo(db, { engagementId, name: 'api', source: '/src/api', sourceKind: 'local' })
})
afterEach(() => db.close())

describe('saving a SARIF import', () => {
  it('stores one import per tool, its findings keyed to it, and leaves runs alone', async () => {
    const runId = await analyse(['e1'], '2026-12-01T10:00:00.000Z')
    const [semgrep, eslint] = await saveSarifImport(db, repo, {
      fileName: 'all.sarif',
      tools: [tool('Semgrep', ['s1', 's2']), tool('ESLint', ['l1'])],
    })
    expect(semgrep).toMatchObject({
      engagementId,
      repoId: repo.id,
      toolName: 'Semgrep',
      fileName: 'all.sarif',
      resultCount: 2,
    })
    expect(await db.findings.where('runId').equals(semgrep!.id).count()).toBe(2)
    expect(await db.findings.where('runId').equals(eslint!.id).count()).toBe(1)
    expect(await db.findings.where('runId').equals(runId).count()).toBe(1)
    expect((await db.runs.get(runId))?.status).toBe('succeeded')
    expect((await listToolImports(db, repo.id)).map((entry) => entry.toolName).sort()).toEqual([
      'ESLint',
      'Semgrep',
    ])
  })

  it('adds imported findings to the debt inventory input, with or without an analysis', async () => {
    await saveSarifImport(db, repo, { fileName: 'a.sarif', tools: [tool('Semgrep', ['s1'])] })
    expect(await storedFingerprints()).toEqual(['s1'])
    await analyse(['e1'], '2026-12-01T10:00:00.000Z')
    expect(await storedFingerprints()).toEqual(['e1', 's1'])
  })

  it('puts imported results in the debt inventory with their rule ids and locations', async () => {
    await analyse(['e1'], '2026-12-01T10:00:00.000Z')
    await saveSarifImport(db, repo, { fileName: 'a.sarif', tools: [tool('Semgrep', ['s1'])] })
    const rules = StageRulesFileSchema.parse(
      JSON.parse(readFileSync(join(import.meta.dirname, '../../../resources/scoring/stages.json'), 'utf8')),
    ).stages.growth
    const snapshot = assembleSnapshot({
      generatedBy: 'app',
      generatedAt: '2026-12-02T00:00:00.000Z',
      engagement: { name: 'Acme', stage: 'growth', startDate: null, endDate: null, notes: '' },
      auditor: null,
      ...(await storedSnapshotInput(db, engagementId)),
      answers: new Map(),
      checklists: [],
      rules,
      executiveSummary: null,
      costAssumptions: DEFAULT_COST_ASSUMPTIONS,
    })
    expect(snapshot.debtItems.map((item) => [item.ruleId, item.locations, item.repoNames])).toEqual(
      expect.arrayContaining([['sarif/semgrep/rule', ['src/db.js'], ['api']]]),
    )
    expect(snapshot.findings.find((entry) => entry.fingerprint === 's1')).toMatchObject({
      repoName: 'api',
      location: { path: 'src/db.js', line: 21, column: 16 },
    })
  })

  it('does not count imports as new findings between two analyses', async () => {
    await analyse(['e1'], '2026-12-01T10:00:00.000Z')
    await saveSarifImport(db, repo, { fileName: 'a.sarif', tools: [tool('Semgrep', ['s1'])] })
    await analyse(['e1', 'e2'], '2026-12-02T10:00:00.000Z')
    const [input] = (await storedSnapshotInput(db, engagementId)).repos
    const before = new Set(input?.previous?.fingerprints)
    expect(
      input?.findings.filter((entry) => !before.has(entry.fingerprint)).map((entry) => entry.fingerprint),
    ).toEqual(['e2'])
  })

  it('replaces the same tool\u2019s earlier import for the repository, keeping other tools and the triage', async () => {
    const [first] = await saveSarifImport(db, repo, {
      fileName: 'old.sarif',
      tools: [tool('Semgrep', ['s1', 's2'])],
    })
    await saveSarifImport(db, repo, { fileName: 'lint.sarif', tools: [tool('ESLint', ['l1'])] })
    await triageItems(db, engagementId, [{ id: 'auto:s1', fingerprints: ['s1'] }], {
      status: 'false-positive',
    })

    await saveSarifImport(db, repo, { fileName: 'new.sarif', tools: [tool('Semgrep', ['s1', 's3'])] })

    expect(await db.toolImports.get(first!.id)).toBeUndefined()
    expect(await db.findings.where('runId').equals(first!.id).count()).toBe(0)
    expect((await listToolImports(db, repo.id)).map((entry) => entry.fileName).sort()).toEqual([
      'lint.sarif',
      'new.sarif',
    ])
    expect(await storedFingerprints()).toEqual(['l1', 's1', 's3'])
    const triage = (await storedSnapshotInput(db, engagementId)).triage
    expect(triage).toEqual([expect.objectContaining({ fingerprints: ['s1'], status: 'false-positive' })])
  })

  it('keeps imports per repository: the same tool in another repository is another import', async () => {
    const web = await addRepo(db, { engagementId, name: 'web', source: '/src/web', sourceKind: 'local' })
    await saveSarifImport(db, repo, { fileName: 'a.sarif', tools: [tool('Semgrep', ['s1'])] })
    await saveSarifImport(db, web, { fileName: 'b.sarif', tools: [tool('Semgrep', ['w1'])] })
    expect(await db.toolImports.count()).toBe(2)
  })

  it('refuses a repository that was removed meanwhile, writing nothing', async () => {
    await removeRepo(db, repo.id)
    await expect(
      saveSarifImport(db, repo, { fileName: 'a.sarif', tools: [tool('Semgrep', ['s1'])] }),
    ).rejects.toThrow('This repository no longer exists')
    expect(await db.toolImports.count()).toBe(0)
    expect(await db.findings.count()).toBe(0)
  })
})

describe('removing imports', () => {
  it('removes one import and its findings, nothing else', async () => {
    await analyse(['e1'], '2026-12-01T10:00:00.000Z')
    const [semgrep] = await saveSarifImport(db, repo, {
      fileName: 'a.sarif',
      tools: [tool('Semgrep', ['s1']), tool('ESLint', ['l1'])],
    })
    await removeToolImport(db, semgrep!.id)
    expect(await storedFingerprints()).toEqual(['e1', 'l1'])
    expect(await db.toolImports.count()).toBe(1)
  })

  it('go with their repository', async () => {
    await saveSarifImport(db, repo, { fileName: 'a.sarif', tools: [tool('Semgrep', ['s1'])] })
    await removeRepo(db, repo.id)
    expect(await db.toolImports.count()).toBe(0)
    expect(await db.findings.count()).toBe(0)
  })
})
