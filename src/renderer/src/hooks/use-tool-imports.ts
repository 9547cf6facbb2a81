import { useLiveQuery } from 'dexie-react-hooks'
import { appDatabase } from '../db/app-database'
import { listToolImports } from '../db/queries/tool-imports'
import type { ToolImportRecord } from '../db/records'

/** A repository's imports of other tools' results, newest first; `undefined` while loading. */
export function useToolImports(repoId: string): ToolImportRecord[] | undefined {
  return useLiveQuery(() => listToolImports(appDatabase, repoId), [repoId])
}
