import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  BACKUP_FORMAT,
  BACKUP_MAX_BYTES,
  BACKUP_TABLES,
  BackupRefusedError,
} from '../../../src/shared/backup/backup-format'
import type { AuditFacts, AuditResult } from '../../../src/shared/domain/audit-result'
import { exportEngagementBackup, restoreEngagementBackup } from '../../../src/renderer/src/db/commands/backup'
import { createEngagement, deleteEngagement } from '../../../src/renderer/src/db/commands/engagements'
import { addRepo } from '../../../src/renderer/src/db/commands/repos'
import { completeRun, endRunWithoutResult, startRun } from '../../../src/renderer/src/db/commands/runs'
import { saveSarifImport } from '../../../src/renderer/src/db/commands/tool-imports'
import { ENGAGEMENT_OWNED_TABLES, type DiligentDatabase } from '../../../src/renderer/src/db/database'
import type {
  AnswerRecord,
  DebtItemRecord,
  EngagementRecord,
  RepoRecord,
} from '../../../src/renderer/src/db/records'
import { CURRENT_SCHEMA_VERSION } from '../../../src/renderer/src/db/schema'
import { engagementDraft } from '../../helpers/engagement-drafts'
import { freshDatabase } from '../../helpers/fresh-database'

const FACTS: AuditFacts = {
  inventory: {
    totals: { files: 3, bytes: 4_096, code: 120, comment: 14, blank: 20 },
    languages: [{ language: 'TypeScript', files: 2, code: 120, comment: 14, blank: 20 }],
    files: [
      { path: 'src/a.ts', language: 'TypeScript', bytes: 2_048, code: 80, comment: 10, blank: 12 },
      { path: 'src/ß/ü.ts', language: 'TypeScript', bytes: 1_024, code: 40, comment: 4, blank: 8 },
    ],
    excluded: [{ path: 'logo.png', kind: 'binary', bytes: 1_024, reason: 'binary file' }],
    excludedCounts: {
      binary: 1,
      vendored: 0,
      generated: 0,
      'too-large': 0,
      unreadable: 0,
      unrecognised: 0,
    },
    largestFiles: [{ path: 'src/a.ts', bytes: 2_048, kind: 'code' }],
  },
}

function auditResult(commitSha: string): AuditResult {
  return {
    schemaVersion: 1,
    engineVersion: '0.1.0',
    repo: { source: '/src/api', sourceKind: 'local', commitSha, branch: 'main' },
    startedAt: '2026-11-24T10:00:00.000Z',
    finishedAt: '2026-11-24T10:01:00.000Z',
    metrics: [
      { id: 'inventory/files', label: 'Files', value: 3, unit: 'count' },
      { id: 'git-history/bus-factor', label: 'Truck factor', value: 1, unit: 'count' },
    ],
    findings: ['fp-secret', 'fp-churn'].map((fingerprint, index) => ({
      fingerprint,
      ruleId: index === 0 ? 'secrets/aws-key' : 'git-history/truck-factor-one',
      category: index === 0 ? 'security' : 'process',
      severity: index === 0 ? 'critical' : 'high',
      title: `Finding ${index} — "quoted" \\ and a newline\n`,
      explanation: 'Why it matters',
      location: index === 0 ? { path: 'src/a.ts', line: 3, column: null } : null,
      evidence: index === 0 ? 'AKIA••••••••1234 (sha256:ab12)' : null,
      effortMinutes: 30,
      remediation: 'Rotate it',
      references: [{ kind: 'cwe', id: 'CWE-798', url: 'https://cwe.mitre.org/data/definitions/798.html' }],
    })),
    facts: FACTS,
    warnings: [{ analyzerId: 'inventory', message: 'one file unreadable', path: 'bin/x' }],
    analyzers: [{ id: 'inventory', title: 'Inventory', status: 'succeeded', durationMs: 12, error: null }],
  }
}

function answer(engagementId: string, itemId: string, overrides: Partial<AnswerRecord> = {}): AnswerRecord {
  return {
    id: `${engagementId}:${itemId}`,
    engagementId,
    checklistId: itemId.split('.')[0]!,
    itemId,
    status: 'partly',
    notes: 'MFA for admins only',
    linkedFindingFingerprints: ['fp-secret'],
    decidedBy: 'auditor',
    decidedAt: '2026-11-25T09:00:00.000Z',
    fromSuggestion: true,
    evidenceKey: 'secrets/aws-key:1',
    updatedAt: '2026-11-25T09:00:00.000Z',
    ...overrides,
  }
}

function debtItem(engagementId: string, id: string): DebtItemRecord {
  return {
    id,
    engagementId,
    fingerprints: ['fp-secret', 'fp-churn'],
    status: 'planned',
    owner: 'Jo',
    notes: 'Q1',
    priorityOverride: null,
    updatedAt: '2026-11-26T09:00:00.000Z',
  }
}

/** An engagement with two repositories, a succeeded and a failed run, a tool import, findings, answers and triage. */
async function seedEngagement(db: DiligentDatabase, name: string): Promise<EngagementRecord> {
  const engagement = await createEngagement(db, engagementDraft({ name }))
  const api = await addRepo(db, {
    engagementId: engagement.id,
    name: 'api',
    source: '/src/api',
    sourceKind: 'local',
  })
  const web = await addRepo(db, {
    engagementId: engagement.id,
    name: 'web',
    source: 'https://github.com/acme/web.git',
    sourceKind: 'url',
  })
  const first = await startRun(db, api)
  await completeRun(db, first.id, auditResult('aaa111'))
  const second = await startRun(db, api)
  await completeRun(db, second.id, auditResult('bbb222'))
  const failed = await startRun(db, web)
  await endRunWithoutResult(db, failed.id, 'failed', 'Repository not found')
  await db.answers.bulkAdd([
    answer(engagement.id, 'security.auth.mfa'),
    answer(engagement.id, 'process.ci.exists', {
      status: null,
      decidedBy: null,
      decidedAt: null,
      fromSuggestion: false,
      evidenceKey: null,
      linkedFindingFingerprints: [],
    }),
  ])
  await db.debtItems.bulkAdd([debtItem(engagement.id, crypto.randomUUID())])
  const [imported] = auditResult('ccc333').findings
  await saveSarifImport(db, web, {
    fileName: 'semgrep.sarif',
    tools: [
      {
        toolName: 'Semgrep OSS',
        toolVersion: '1.52.0',
        findings: [{ ...imported!, fingerprint: 'sarif:0001', ruleId: 'sarif/semgrep-oss/sqli' }],
        warnings: ['1 result suppressed in Semgrep OSS or absent since its baseline were skipped.'],
      },
    ],
  })
  return engagement
}

type Snapshot = Record<string, unknown[]>

/** Every row of every table, the meta table included, in primary-key order. */
async function snapshot(db: DiligentDatabase): Promise<Snapshot> {
  const tables = await Promise.all(
    db.tables.map(async (table) => [table.name, await table.toArray()] as const),
  )
  return Object.fromEntries(tables)
}

async function rowsOf(db: DiligentDatabase, engagementId: string): Promise<Snapshot> {
  const rows: Snapshot = { engagements: await db.engagements.where('id').equals(engagementId).toArray() }
  for (const table of BACKUP_TABLES)
    rows[table] = await db.table(table).where('engagementId').equals(engagementId).sortBy('id')
  return rows
}

let source: DiligentDatabase
let target: DiligentDatabase
let engagement: EngagementRecord
let backupText: string

beforeEach(async () => {
  source = freshDatabase()
  target = freshDatabase()
  await Promise.all([source.open(), target.open()])
  engagement = await seedEngagement(source, 'Acme Robotics')
  await seedEngagement(source, 'Globex')
  await seedEngagement(target, 'Initech')
  backupText = JSON.stringify(await exportEngagementBackup(source, engagement.id, '1.2.3'))
})
afterEach(() => {
  source.close()
  target.close()
})

describe('backing up an engagement', () => {
  it('writes a versioned file with the engagement and only its own rows', async () => {
    const backup = JSON.parse(backupText)

    expect(backup).toMatchObject({
      format: BACKUP_FORMAT,
      formatVersion: 2,
      appVersion: '1.2.3',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      engagement: { id: engagement.id, name: 'Acme Robotics' },
    })
    expect(new Date(backup.exportedAt).toISOString()).toBe(backup.exportedAt)
    expect(
      Object.fromEntries(BACKUP_TABLES.map((table) => [table, (backup[table] as unknown[]).length])),
    ).toEqual({ repos: 2, runs: 3, findings: 5, answers: 2, debtItems: 1, toolImports: 1 })
    for (const table of BACKUP_TABLES)
      for (const row of backup[table] as { engagementId: string }[])
        expect(row.engagementId).toBe(engagement.id)
  })

  it('covers every table the database keeps per engagement', () => {
    const perEngagement = source.tables
      .map((table) => table.name)
      .filter((name) => !['meta', 'engagements'].includes(name))

    expect([...BACKUP_TABLES].sort()).toEqual(perEngagement.sort())
    expect([...BACKUP_TABLES].sort()).toEqual([...ENGAGEMENT_OWNED_TABLES].sort())
  })

  it('refuses an engagement that no longer exists', async () => {
    await expect(exportEngagementBackup(source, crypto.randomUUID(), '1.2.3')).rejects.toThrow(
      'This engagement no longer exists',
    )
  })
})

describe('restoring a backup', () => {
  it('brings back every record of every table exactly as it was', async () => {
    const before = await rowsOf(source, engagement.id)

    const restored = await restoreEngagementBackup(target, backupText)

    expect(restored.engagement).toEqual(engagement)
    expect(restored.counts).toEqual({ repos: 2, runs: 3, findings: 5, answers: 2, debtItems: 1 })
    expect(await rowsOf(target, engagement.id)).toStrictEqual(before)
    expect(await target.engagements.count()).toBe(2)
  })

  it('restores into the profile it came from once the engagement is deleted, and can be deleted again', async () => {
    const before = await snapshot(source)
    await deleteEngagement(source, engagement.id)

    await restoreEngagementBackup(source, backupText)
    expect(await snapshot(source)).toStrictEqual(before)

    await deleteEngagement(source, engagement.id)
    expect(await rowsOf(source, engagement.id)).toEqual({
      engagements: [],
      repos: [],
      runs: [],
      findings: [],
      answers: [],
      debtItems: [],
      toolImports: [],
    })
  })

  it('restores a format 1 backup of schema v2, made before tool imports existed', async () => {
    const older = JSON.parse(backupText) as Record<string, unknown> & {
      toolImports: { id: string }[]
      findings: { runId: string }[]
    }
    const importIds = new Set(older.toolImports.map((row) => row.id))
    const { toolImports: _dropped, ...rest } = {
      ...older,
      formatVersion: 1,
      schemaVersion: 2,
      findings: older.findings.filter((finding) => !importIds.has(finding.runId)),
    }

    const restored = await restoreEngagementBackup(target, JSON.stringify(rest))

    expect(restored.counts).toEqual({ repos: 2, runs: 3, findings: 4, answers: 2, debtItems: 1 })
    expect(await target.toolImports.where('engagementId').equals(engagement.id).count()).toBe(0)
  })

  it('accepts a file an editor saved with a byte order mark', async () => {
    await restoreEngagementBackup(target, `\uFEFF${backupText}`)
    expect(await target.engagements.get(engagement.id)).toEqual(engagement)
  })
})

type Backup = Record<string, unknown> & Record<(typeof BACKUP_TABLES)[number], Record<string, unknown>[]>

function tampered(change: (backup: Backup) => void): string {
  const backup = JSON.parse(backupText) as Backup
  change(backup)
  return JSON.stringify(backup)
}

describe('refusing a backup', () => {
  const refusals: [string, () => string, RegExp][] = [
    ['an empty file', () => '', /not valid JSON, or it was cut short/],
    [
      'a file cut short',
      () => backupText.slice(0, backupText.length / 2),
      /not valid JSON, or it was cut short/,
    ],
    ['a file over the size cap', () => ' '.repeat(BACKUP_MAX_BYTES + 1), /too large to be a Diligent backup/],
    ['foreign JSON', () => '{"name":"left-pad","version":"1.3.0"}', /not a Diligent engagement backup/],
    ['a JSON array', () => `[${backupText}]`, /not a Diligent engagement backup/],
    ['JSON null', () => 'null', /not a Diligent engagement backup/],
    [
      'another format',
      () => tampered((backup) => (backup['format'] = 'diligent-backup')),
      /not a Diligent engagement backup/,
    ],
    [
      'a newer format version',
      () => tampered((backup) => (backup['formatVersion'] = 3)),
      /newer version of Diligent 1\.2\.3 \(backup format 3; this version reads format 2\)\. Update Diligent/,
    ],
    [
      'a format version that is not a number',
      () => tampered((backup) => (backup['formatVersion'] = '1')),
      /damaged or was edited: formatVersion: /,
    ],
    [
      'a newer data schema',
      () => tampered((backup) => (backup['schemaVersion'] = CURRENT_SCHEMA_VERSION + 1)),
      /newer version of Diligent \(data schema \d+; this version knows up to \d+\)/,
    ],
    [
      'an older data schema',
      () => tampered((backup) => (backup['schemaVersion'] = 1)),
      /data schema \(1\) is older than any this version of Diligent restores/,
    ],
    [
      'a row that belongs to another engagement',
      () => tampered((backup) => (backup.findings[1]!['engagementId'] = crypto.randomUUID())),
      /damaged or was edited: findings\[1\]\.engagementId: belongs to another engagement/,
    ],
    [
      'a run of a repository not in the file',
      () => tampered((backup) => (backup.runs[0]!['repoId'] = crypto.randomUUID())),
      /runs\[0\]\.repoId: is not a repository in the file/,
    ],
    [
      'a finding of a run not in the file',
      () => tampered((backup) => (backup.findings[0]!['runId'] = crypto.randomUUID())),
      /findings\[0\]\.runId: is not a run or tool import of its repository in the file/,
    ],
    [
      'a tool import of a repository not in the file',
      () => tampered((backup) => (backup.toolImports[0]!['repoId'] = crypto.randomUUID())),
      /toolImports\[0\]\.repoId: is not a repository in the file/,
    ],
    [
      'an imported finding moved to another repository',
      () =>
        tampered((backup) => {
          const imported = backup.findings.find(
            (finding) => finding['runId'] === backup.toolImports[0]!['id'],
          )!
          imported['repoId'] = backup.repos.find((repo) => repo['id'] !== imported['repoId'])!['id']
        }),
      /findings\[\d\]\.runId: is not a run or tool import of its repository in the file/,
    ],
    [
      'a repository whose last run is not in the file',
      () => tampered((backup) => (backup.repos[0]!['lastRunId'] = crypto.randomUUID())),
      /repos\[0\]\.lastRunId: is not a run of this repository in the file/,
    ],
    [
      'a duplicate id',
      () => tampered((backup) => backup.answers.push({ ...backup.answers[0]!, notes: 'changed' })),
      /answers\[2\]\.id: the checklist answer id appears twice/,
    ],
    [
      'an id that is a path',
      () => tampered((backup) => (backup.debtItems[0]!['id'] = '../settings')),
      /debtItems\[0\]\.id: an id is letters, digits and \. _ : - only/,
    ],
    [
      'an engagement without a name',
      () => tampered((backup) => delete (backup['engagement'] as Record<string, unknown>)['name']),
      /engagement\.name: /,
    ],
    [
      'a table that is missing',
      () => tampered((backup) => delete (backup as Partial<Backup>).debtItems),
      /debtItems: /,
    ],
  ]

  it.each(refusals)('refuses %s with a clear message and changes nothing', async (_label, text, message) => {
    const before = await snapshot(target)

    const restoring = restoreEngagementBackup(target, text())

    await expect(restoring).rejects.toThrow(BackupRefusedError)
    await expect(restoring).rejects.toThrow(message)
    await expect(restoring).rejects.toThrow(/Nothing was changed\.$/)
    expect(await snapshot(target)).toStrictEqual(before)
  })

  it('refuses an engagement that is already here, naming it, and changes nothing', async () => {
    const before = await snapshot(source)

    await expect(restoreEngagementBackup(source, backupText)).rejects.toThrow(
      'Acme Robotics is already in Diligent. Delete it first if you want to replace it with this backup. ' +
        'Nothing was changed.',
    )
    expect(await snapshot(source)).toStrictEqual(before)
  })

  it('says what the engagement is called here when it was renamed since the backup', async () => {
    await source.engagements.update(engagement.id, { name: 'Acme Robotics Ltd' })

    await expect(restoreEngagementBackup(source, backupText)).rejects.toThrow(
      'Acme Robotics is already in Diligent (named Acme Robotics Ltd here). Delete it first',
    )
  })

  it('refuses rows whose ids another engagement here already uses, and changes nothing', async () => {
    const [repo] = (JSON.parse(backupText) as { repos: RepoRecord[] }).repos
    const initech = (await target.engagements.toArray())[0]!
    await target.repos.add({ ...repo!, engagementId: initech.id })
    const before = await snapshot(target)

    await expect(restoreEngagementBackup(target, backupText)).rejects.toThrow(
      'This backup shares 1 record id with another engagement here, so it cannot be restored beside it.',
    )
    expect(await snapshot(target)).toStrictEqual(before)
  })

  it('writes nothing when a write fails part of the way through', async () => {
    const before = await snapshot(target)
    target.debtItems.hook('creating', () => {
      throw new Error('disk full')
    })

    await expect(restoreEngagementBackup(target, backupText)).rejects.toThrow('disk full')
    expect(await snapshot(target)).toStrictEqual(before)
  })
})
