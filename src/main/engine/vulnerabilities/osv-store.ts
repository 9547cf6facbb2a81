import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { VulnerabilityDatabaseInfo } from '../../../shared/domain/facts/dependency-facts'
import {
  MANIFEST_FILE,
  ManifestSchema,
  StoreFileSchema,
  type OsvManifest,
  type StoredAdvisory,
} from './store-format'

export interface OsvStore {
  /** Exactly the shape the facts and the IPC contract carry. */
  info: VulnerabilityDatabaseInfo
  manifest: OsvManifest
  advisoriesFor(packageName: string): readonly StoredAdvisory[]
}

/** The imported database exists but cannot be read: the auditor should import it again. */
export class OsvStoreError extends Error {
  override name = 'OsvStoreError'
}

/** A manifest is a few hundred bytes; anything far larger is not ours. */
const MAX_MANIFEST_BYTES = 64 * 1024

function damaged(dir: string, reason: string): OsvStoreError {
  return new OsvStoreError(
    `The vulnerability database in ${dir} is damaged (${reason}). Import the OSV export again.`,
  )
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code
  return code === 'ENOENT' || code === 'ENOTDIR'
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** The manifest of the current import; null when nothing was imported; throws when it is damaged. */
export async function readOsvManifest(dir: string): Promise<OsvManifest | null> {
  let content: Buffer
  try {
    content = await readFile(join(dir, MANIFEST_FILE))
  } catch (error) {
    if (isMissing(error)) return null
    throw damaged(dir, `${MANIFEST_FILE} cannot be read: ${reasonOf(error)}`)
  }
  if (content.length > MAX_MANIFEST_BYTES) throw damaged(dir, `${MANIFEST_FILE} is too large`)
  let json: unknown
  try {
    json = JSON.parse(content.toString('utf8'))
  } catch {
    throw damaged(dir, `${MANIFEST_FILE} is not JSON`)
  }
  const parsed = ManifestSchema.safeParse(json)
  if (!parsed.success) throw damaged(dir, `${MANIFEST_FILE} is not a manifest this version understands`)
  return parsed.data
}

export function databaseInfo(manifest: OsvManifest): VulnerabilityDatabaseInfo {
  return { source: manifest.source, importedAt: manifest.importedAt, advisories: manifest.advisories }
}

/** What the settings page shows, without loading the advisories themselves. */
export async function readOsvDatabaseInfo(dir: string): Promise<VulnerabilityDatabaseInfo | null> {
  const manifest = await readOsvManifest(dir)
  return manifest === null ? null : databaseInfo(manifest)
}

export function createOsvStore(
  manifest: OsvManifest,
  packages: readonly (readonly [string, StoredAdvisory[]])[],
): OsvStore {
  // A Map, not an object: package names come from the database and must not reach a prototype.
  const byName = new Map<string, readonly StoredAdvisory[]>(packages)
  return {
    info: databaseInfo(manifest),
    manifest,
    advisoriesFor: (packageName) => byName.get(packageName) ?? [],
  }
}

/**
 * Loads the imported database; null when none was imported. A damaged store throws OsvStoreError
 * rather than matching against half a database, which would pass for "no known vulnerabilities".
 */
export async function loadOsvStore(dir: string): Promise<OsvStore | null> {
  // A second try covers an import that replaced the store between reading the manifest and the store.
  for (let attempt = 1; ; attempt += 1) {
    const manifest = await readOsvManifest(dir)
    if (manifest === null) return null
    let content: Buffer
    try {
      content = await readFile(join(dir, manifest.store))
    } catch (error) {
      if (attempt === 1 && isMissing(error)) continue
      throw damaged(dir, `${manifest.store} cannot be read: ${reasonOf(error)}`)
    }
    if (createHash('sha256').update(content).digest('hex') !== manifest.sha256)
      throw damaged(dir, `${manifest.store} does not match its checksum`)
    let json: unknown
    try {
      json = JSON.parse(content.toString('utf8'))
    } catch (error) {
      throw damaged(dir, `${manifest.store} is not JSON: ${reasonOf(error)}`)
    }
    const parsed = StoreFileSchema.safeParse(json)
    if (!parsed.success) throw damaged(dir, `${manifest.store} is not a store this version understands`)
    return createOsvStore(manifest, parsed.data.packages)
  }
}
