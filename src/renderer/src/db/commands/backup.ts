import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  BackupRefusedError,
  checkEngagementBackup,
  parseEngagementBackup,
  type EngagementBackup,
} from '../../../../shared/backup/backup-format'
import type { DiligentDatabase } from '../database'
import type { EngagementFootprint } from '../queries/engagements'
import type { EngagementRecord } from '../records'
import { CURRENT_SCHEMA_VERSION } from '../schema'

/*
 * security.md §5 suggests dexie-export-import with re-keyed ids and a sha256 in the envelope. We
 * depart from it: rows are exported and restored as they are, ids included, so a restore is the
 * engagement it was (answer ids, run links and triage still agree), and restoring over an
 * engagement that is still here is refused instead of duplicated. Every row is checked on restore
 * instead of a checksum, which the file would carry alongside what it covers.
 */

function tablesOf(db: DiligentDatabase) {
  return [db.engagements, ...BACKUP_TABLES.map((name) => db.table(name))]
}

/** One engagement and everything it owns, read in one transaction so the file is a consistent snapshot. */
export async function exportEngagementBackup(
  db: DiligentDatabase,
  engagementId: string,
  appVersion: string,
): Promise<EngagementBackup> {
  const backup = await db.transaction('r', tablesOf(db), async () => {
    const engagement = await db.engagements.get(engagementId)
    if (!engagement) throw new Error('This engagement no longer exists')
    const rows = await Promise.all(
      BACKUP_TABLES.map((table) => db.table(table).where('engagementId').equals(engagementId).toArray()),
    )
    return {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      exportedAt: new Date().toISOString(),
      appVersion,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      engagement,
      ...Object.fromEntries(BACKUP_TABLES.map((table, index) => [table, rows[index]])),
    }
  })
  // A file that restore would refuse is no backup: say so now, while the data is still here.
  const check = checkEngagementBackup(backup)
  if (!check.ok)
    throw new Error(
      `This engagement's data does not fit together, so it cannot be backed up: ${check.problem}`,
    )
  return check.backup
}

export interface RestoredEngagement {
  engagement: EngagementRecord
  counts: EngagementFootprint
}

const OLDEST_RESTORABLE_SCHEMA_VERSION = 2

function checkSchemaVersion(schemaVersion: number): void {
  if (schemaVersion > CURRENT_SCHEMA_VERSION)
    throw new BackupRefusedError(
      `This backup was made by a newer version of Diligent (data schema ${schemaVersion}; this version ` +
        `knows up to ${CURRENT_SCHEMA_VERSION}). Update Diligent to restore it.`,
    )
  // Backups began at schema 2. v3 only added the toolImports table, so v2 rows are v3 rows as they are;
  // when a schema changes rows, upgrade older backups' rows here.
  if (schemaVersion < OLDEST_RESTORABLE_SCHEMA_VERSION)
    throw new BackupRefusedError(
      `This backup's data schema (${schemaVersion}) is older than any this version of Diligent restores.`,
    )
}

/** Ids of the backup's rows that some other engagement already uses here; restoring would overwrite them. */
async function takenIds(db: DiligentDatabase, backup: EngagementBackup): Promise<string[]> {
  const taken = await Promise.all(
    BACKUP_TABLES.map(async (table) => {
      const ids = backup[table].map((row) => row.id)
      const found = await db.table(table).bulkGet(ids)
      return ids.filter((_id, index) => found[index] !== undefined)
    }),
  )
  return taken.flat()
}

/**
 * Restores a backup file's text as a new engagement in this database, all or nothing: everything
 * is checked first, then every row is written in one transaction. Refusals change nothing.
 */
export async function restoreEngagementBackup(
  db: DiligentDatabase,
  text: string,
): Promise<RestoredEngagement> {
  const backup = parseEngagementBackup(text)
  checkSchemaVersion(backup.schemaVersion)
  const { engagement } = backup
  await db.transaction('rw', tablesOf(db), async () => {
    const existing = await db.engagements.get(engagement.id)
    if (existing) {
      const known = existing.name === engagement.name ? '' : ` (named ${existing.name} here)`
      throw new BackupRefusedError(
        `${engagement.name} is already in Diligent${known}. Delete it first if you want to replace it with this backup.`,
      )
    }
    const taken = await takenIds(db, backup)
    if (taken.length > 0)
      throw new BackupRefusedError(
        `This backup shares ${taken.length} record id${taken.length === 1 ? '' : 's'} with another engagement ` +
          'here, so it cannot be restored beside it.',
      )
    await db.engagements.add(engagement)
    for (const table of BACKUP_TABLES) await db.table(table).bulkAdd(backup[table])
  })
  return {
    engagement,
    counts: {
      repos: backup.repos.length,
      runs: backup.runs.length,
      findings: backup.findings.length,
      answers: backup.answers.length,
      debtItems: backup.debtItems.length,
    },
  }
}
