import type { DiligentDatabase } from '../database'
import type { ToolImportRecord } from '../records'

/** A repository's tool imports, newest first. */
export async function listToolImports(db: DiligentDatabase, repoId: string): Promise<ToolImportRecord[]> {
  return (await db.toolImports.where('repoId').equals(repoId).sortBy('importedAt')).reverse()
}
