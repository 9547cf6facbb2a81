import { DiligentDatabase } from './database'
import { openDatabase } from './open-database'

/** The renderer's one database connection. Reached only through db/queries, db/commands and hooks. */
export const appDatabase = new DiligentDatabase()

let opening: Promise<DiligentDatabase> | null = null

export function openAppDatabase(): Promise<DiligentDatabase> {
  opening ??= openDatabase(appDatabase)
  return opening
}
