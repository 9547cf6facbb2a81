import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { DiligentDatabase } from '../../../src/renderer/src/db/database'
import { NewerDatabaseError, openDatabase } from '../../../src/renderer/src/db/open-database'
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../src/renderer/src/db/schema'
import { createFakeIndexedDb } from '../../helpers/fresh-database'
import { saveSarifImport } from '../../../src/renderer/src/db/commands/tool-imports'

const DB_NAME = 'diligent-migration-test'
const ENGAGEMENT_ID = '11111111-1111-4111-8111-111111111111'

/**
 * Rows as each shipped schema version wrote them. When version N+1 ships, add its fixtures here
 * and the loop below proves every older version still upgrades to the current one intact.
 */
const FIXTURES_BY_VERSION: Record<number, Record<string, Record<string, unknown>[]>> = {
  1: {
    engagements: [
      {
        id: ENGAGEMENT_ID,
        name: 'Acme',
        stage: 'growth',
        startDate: '2026-01-05',
        endDate: null,
        notes: 'kept',
        createdAt: '2026-01-05T09:00:00.000Z',
        updatedAt: '2026-01-05T09:00:00.000Z',
      },
    ],
    repos: [{ id: 'r1', engagementId: ENGAGEMENT_ID, name: 'api', source: '/src/api', sourceKind: 'local' }],
    runs: [{ id: 'run1', engagementId: ENGAGEMENT_ID, repoId: 'r1', status: 'succeeded' }],
    findings: [{ id: 'f1', engagementId: ENGAGEMENT_ID, runId: 'run1', repoId: 'r1', fingerprint: 'fp1' }],
    answers: [
      { id: 'a1', engagementId: ENGAGEMENT_ID, checklistId: 'security', itemId: 'sec-1', status: 'no' },
    ],
    debtItems: [{ id: 'd1', engagementId: ENGAGEMENT_ID, status: 'open', fingerprints: ['fp1'] }],
  },
  2: {
    engagements: [
      { id: ENGAGEMENT_ID, name: 'Acme', stage: 'pre-product', createdAt: '2026-12-01T09:00:00.000Z' },
    ],
    answers: [
      {
        id: `${ENGAGEMENT_ID}:security.auth.mfa`,
        engagementId: ENGAGEMENT_ID,
        checklistId: 'security',
        itemId: 'security.auth.mfa',
        status: null,
        notes: 'asked the CTO, waiting',
        linkedFindingFingerprints: [],
        decidedBy: null,
        decidedAt: null,
        fromSuggestion: false,
        evidenceKey: null,
        updatedAt: '2026-12-01T10:00:00.000Z',
      },
    ],
    repos: [{ id: 'r2', engagementId: ENGAGEMENT_ID, name: 'web', source: '/src/web', sourceKind: 'local' }],
    runs: [{ id: 'run2', engagementId: ENGAGEMENT_ID, repoId: 'r2', status: 'succeeded' }],
    findings: [{ id: 'f2', engagementId: ENGAGEMENT_ID, runId: 'run2', repoId: 'r2', fingerprint: 'fp2' }],
    debtItems: [{ id: 'd2', engagementId: ENGAGEMENT_ID, status: 'false-positive', fingerprints: ['fp2'] }],
  },
  3: {
    engagements: [
      { id: ENGAGEMENT_ID, name: 'Acme', stage: 'growth', createdAt: '2026-12-02T09:00:00.000Z' },
    ],
    repos: [{ id: 'r3', engagementId: ENGAGEMENT_ID, name: 'api', source: '/src/api', sourceKind: 'local' }],
    toolImports: [
      {
        id: 'imp1',
        engagementId: ENGAGEMENT_ID,
        repoId: 'r3',
        toolName: 'CodeQL',
        toolVersion: '2.15.5',
        fileName: 'codeql.sarif',
        importedAt: '2026-12-02T09:30:00.000Z',
        resultCount: 1,
        warnings: [],
      },
    ],
    findings: [
      { id: 'f3', engagementId: ENGAGEMENT_ID, runId: 'imp1', repoId: 'r3', fingerprint: 'sarif:0001' },
    ],
  },
}

type Factory = ReturnType<typeof createFakeIndexedDb>

/** Writes a version's fixtures through a frozen copy of that version's declaration, as that old app did. */
async function writeAsVersion(
  factory: Factory,
  version: number,
): Promise<Record<string, Record<string, unknown>[]>> {
  const declaration = SCHEMA_VERSIONS.find((entry) => entry.version === version)
  const fixtures = FIXTURES_BY_VERSION[version]
  if (!declaration || !fixtures) throw new Error(`No declaration or fixtures for schema v${version}`)
  const old = new Dexie(DB_NAME, factory)
  old.version(version).stores(declaration.stores)
  await old.open()
  await old.table('meta').put({ key: 'schemaVersion', value: version })
  for (const [table, rows] of Object.entries(fixtures)) await old.table(table).bulkAdd(rows)
  old.close()
  return fixtures
}

describe('schema versions', () => {
  it('are declared in increasing order and never reuse a number', () => {
    const versions = SCHEMA_VERSIONS.map((entry) => entry.version)
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b))
    expect(CURRENT_SCHEMA_VERSION).toBe(versions.at(-1))
  })

  it('each have migration fixtures', () => {
    for (const { version } of SCHEMA_VERSIONS)
      expect(FIXTURES_BY_VERSION[version], `v${version}`).toBeDefined()
  })

  for (const { version } of SCHEMA_VERSIONS) {
    it(`upgrade a v${version} database to the current schema without losing a record`, async () => {
      const factory = createFakeIndexedDb()
      const fixtures = await writeAsVersion(factory, version)

      const db = await openDatabase(new DiligentDatabase(DB_NAME, factory))

      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION)
      for (const [table, rows] of Object.entries(fixtures)) {
        const stored = await db.table(table).toArray()
        expect(stored, table).toHaveLength(rows.length)
        for (const row of rows) expect(stored, table).toContainEqual(expect.objectContaining(row))
      }
      expect(await db.meta.get('schemaVersion')).toEqual({
        key: 'schemaVersion',
        value: CURRENT_SCHEMA_VERSION,
      })
      db.close()
    })
  }
})

describe('v1 → v2', () => {
  it('keeps every v1 answer as the auditor decision it was, with the fields v2 adds', async () => {
    const factory = createFakeIndexedDb()
    const old = new Dexie(DB_NAME, factory)
    old.version(1).stores(SCHEMA_VERSIONS[0].stores)
    await old.open()
    await old.table('answers').bulkAdd([
      { id: 'a1', engagementId: ENGAGEMENT_ID, checklistId: 'security', itemId: 'security.x', status: 'no' },
      {
        id: 'a2',
        engagementId: ENGAGEMENT_ID,
        checklistId: 'security',
        itemId: 'security.y',
        status: 'partly',
        notes: 'only admins',
        linkedFindingFingerprints: ['fp1'],
        decidedBy: 'auditor',
        decidedAt: '2026-11-30T12:00:00.000Z',
      },
    ])
    old.close()

    const db = await openDatabase(new DiligentDatabase(DB_NAME, factory))
    expect(await db.answers.get('a1')).toEqual({
      id: 'a1',
      engagementId: ENGAGEMENT_ID,
      checklistId: 'security',
      itemId: 'security.x',
      status: 'no',
      notes: '',
      linkedFindingFingerprints: [],
      decidedBy: 'auditor',
      decidedAt: null,
      fromSuggestion: false,
      evidenceKey: null,
      updatedAt: new Date(0).toISOString(),
    })
    expect(await db.answers.get('a2')).toMatchObject({
      notes: 'only admins',
      linkedFindingFingerprints: ['fp1'],
      decidedAt: '2026-11-30T12:00:00.000Z',
      updatedAt: '2026-11-30T12:00:00.000Z',
    })
    expect(await db.answers.where({ engagementId: ENGAGEMENT_ID, checklistId: 'security' }).count()).toBe(2)
    db.close()
  })
})

describe('v2 → v3', () => {
  it('adds an empty toolImports table beside the untouched runs, and imports then land beside them', async () => {
    const factory = createFakeIndexedDb()
    await writeAsVersion(factory, 2)

    const db = await openDatabase(new DiligentDatabase(DB_NAME, factory))
    expect(await db.toolImports.count()).toBe(0)
    await saveSarifImport(
      db,
      { id: 'r2', engagementId: ENGAGEMENT_ID },
      { fileName: 'e.sarif', tools: [{ toolName: 'ESLint', toolVersion: null, findings: [], warnings: [] }] },
    )
    expect(await db.toolImports.where('repoId').equals('r2').count()).toBe(1)
    expect(await db.runs.toArray()).toEqual([
      { id: 'run2', engagementId: ENGAGEMENT_ID, repoId: 'r2', status: 'succeeded' },
    ])
    expect(await db.findings.where('runId').equals('run2').count()).toBe(1)
    db.close()
  })
})

describe('opening the database', () => {
  it('records the schema version on a brand-new database', async () => {
    const db = await openDatabase(new DiligentDatabase(DB_NAME, createFakeIndexedDb()))
    expect(await db.meta.get('schemaVersion')).toEqual({
      key: 'schemaVersion',
      value: CURRENT_SCHEMA_VERSION,
    })
    db.close()
  })

  it('refuses, without writing, a database that a newer app has written', async () => {
    const factory = createFakeIndexedDb()
    const newerVersion = CURRENT_SCHEMA_VERSION + 1
    const newer = new Dexie(DB_NAME, factory)
    newer.version(newerVersion).stores({ ...SCHEMA_VERSIONS.at(-1)!.stores, futureTable: 'id' })
    await newer.open()
    await newer.table('meta').put({ key: 'schemaVersion', value: newerVersion })
    await newer.table('engagements').put({ id: 'e', name: 'Written by a newer app' })
    newer.close()

    await expect(openDatabase(new DiligentDatabase(DB_NAME, factory))).rejects.toBeInstanceOf(
      NewerDatabaseError,
    )

    const reread = new Dexie(DB_NAME, factory)
    await reread.open()
    expect(await reread.table('meta').get('schemaVersion')).toEqual({
      key: 'schemaVersion',
      value: newerVersion,
    })
    expect(await reread.table('engagements').count()).toBe(1)
    reread.close()
  })
})
