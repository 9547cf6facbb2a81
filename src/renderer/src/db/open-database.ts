import type { DiligentDatabase } from './database'
import { CURRENT_SCHEMA_VERSION } from './schema'

const SCHEMA_META_KEY = 'schemaVersion'

export class NewerDatabaseError extends Error {
  constructor(readonly foundVersion: number) {
    super(
      `This data was written by a newer version of Diligent (schema ${foundVersion}; this version knows up to ` +
        `${CURRENT_SCHEMA_VERSION}). Nothing was changed. Update Diligent to open it.`,
    )
    this.name = 'NewerDatabaseError'
  }
}

/**
 * Opens the database and records which schema wrote it. A database written by a newer app is
 * refused before anything is written, so an older build can never damage a newer one's data.
 */
export async function openDatabase(db: DiligentDatabase): Promise<DiligentDatabase> {
  await db.open()
  const recorded = await db.meta.get(SCHEMA_META_KEY)
  const recordedVersion = typeof recorded?.value === 'number' ? recorded.value : 0
  if (recordedVersion > CURRENT_SCHEMA_VERSION) {
    db.close()
    throw new NewerDatabaseError(recordedVersion)
  }
  if (recordedVersion < CURRENT_SCHEMA_VERSION) {
    await db.meta.put({ key: SCHEMA_META_KEY, value: CURRENT_SCHEMA_VERSION })
  }
  return db
}
