import { DiligentDatabase } from './database'
import { markInterruptedRuns } from './commands/runs'
import { openDatabase } from './open-database'

/** The renderer's one database connection. Reached only through db/queries, db/commands and hooks. */
export const appDatabase = new DiligentDatabase()

let opening: Promise<DiligentDatabase> | null = null

/** Opens the database once per window; runs a closed window left half-done are marked interrupted. */
export function openAppDatabase(): Promise<DiligentDatabase> {
  opening ??= openDatabase(appDatabase).then(async (db) => {
    await markInterruptedRuns(db)
    return db
  })
  return opening
}
