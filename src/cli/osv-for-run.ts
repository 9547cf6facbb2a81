import { join } from 'node:path'
import { importOsvDatabase } from '../main/engine/vulnerabilities/osv-import'

/** Imports the OSV export given with --osv into the run's cache, and returns the folder the engine reads it from. */
export async function importOsvForRun(
  source: string,
  cacheDir: string,
  signal: AbortSignal,
): Promise<string> {
  const target = join(cacheDir, 'vulnerability-database')
  process.stderr.write(`[osv] importing ${source}\n`)
  const info = await importOsvDatabase(source, target, { signal })
  process.stderr.write(`[osv] ${info.advisories.toLocaleString('en-US')} advisories\n`)
  return target
}
