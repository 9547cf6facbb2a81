import { createHash, randomUUID } from 'node:crypto'
import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import type { VulnerabilityDatabaseInfo } from '../../../shared/domain/facts/dependency-facts'
import { folderEntries } from './folder-entries'
import { compactOsvRecord } from './osv-record'
import { readOsvManifest } from './osv-store'
import {
  DEFAULT_LIMITS,
  OsvImportError,
  type EntryLimits,
  type Progress,
  type SourceEntry,
} from './source-entries'
import {
  MANIFEST_FILE,
  STORE_FILE_PATTERN,
  STORE_FORMAT,
  STORE_VERSION,
  type OsvManifest,
  type StoredAdvisory,
} from './store-format'
import { writeFileAtomically, writeFileInChunks } from '../files/write-atomically'
import { zipEntries } from './zip-entries'

export { OsvImportError } from './source-entries'

export interface OsvImportOptions {
  signal?: AbortSignal
  /** The import time recorded in the manifest; defaults to now. Tests fix it. */
  now?: Date
  /** Records (zip entries or files) read so far, of all there are to read. */
  onProgress?: (done: number, total: number) => void
  /** Tests lower the caps; the defaults suit the real OSV export. */
  limits?: Partial<EntryLimits>
}

/** Files left behind by a crashed import are swept once they are this old (a running import's are younger). */
const ORPHAN_AGE_MS = 60 * 60 * 1000
const ORPHAN_MANIFEST_PATTERN = /^manifest\.json\.[0-9a-f-]+\.partial$/
/** The store is written in pieces of about this size, checking for cancellation between them. */
const WRITE_CHUNK_CHARS = 1024 * 1024

/** The manifest keeps the first few reasons records were skipped, so a count is never unexplained. */
const MAX_PROBLEMS = 20

interface Tally {
  problems: string[]
  records: number
  skipped: number
  withdrawn: number
  otherEcosystems: number
  droppedRanges: number
}

/** Advisories by package name, then by advisory id (a record seen twice is kept once, the later copy). */
type Collected = Map<string, Map<string, StoredAdvisory>>

async function collect(
  entries: AsyncIterable<SourceEntry>,
): Promise<{ packages: Collected; ids: Set<string>; tally: Tally }> {
  const packages: Collected = new Map()
  const ids = new Set<string>()
  const tally: Tally = {
    problems: [],
    records: 0,
    skipped: 0,
    withdrawn: 0,
    otherEcosystems: 0,
    droppedRanges: 0,
  }
  const skip = (name: string, problem: string): void => {
    tally.skipped += 1
    if (tally.problems.length < MAX_PROBLEMS)
      tally.problems.push(`${name.slice(0, 200)}: ${problem.slice(0, 200)}`)
  }
  for await (const entry of entries) {
    tally.records += 1
    if ('problem' in entry) {
      skip(entry.name, entry.problem)
      continue
    }
    let json: unknown
    try {
      json = JSON.parse(entry.text)
    } catch {
      skip(entry.name, 'not valid JSON')
      continue
    }
    const record = compactOsvRecord(json)
    if (record.kind === 'malformed') skip(entry.name, `not an OSV record (${record.reason})`)
    else if (record.kind === 'withdrawn') tally.withdrawn += 1
    else if (record.kind === 'other-ecosystem') tally.otherEcosystems += 1
    else {
      ids.add(record.id)
      tally.droppedRanges += record.droppedRanges
      for (const [name, advisory] of record.packages) {
        const forPackage = packages.get(name) ?? new Map<string, StoredAdvisory>()
        forPackage.set(advisory.id, advisory)
        packages.set(name, forPackage)
      }
    }
  }
  return { packages, ids, tally }
}

/** Writes the store file a piece at a time (the npm export is tens of MB compacted); returns its SHA-256. */
async function writeStore(
  path: string,
  packages: Collected,
  signal: AbortSignal | undefined,
): Promise<string> {
  const hash = createHash('sha256')
  await writeFileInChunks(
    path,
    async (writer) => {
      const header = { format: STORE_FORMAT, version: STORE_VERSION, ecosystem: 'npm' }
      // The header's fields, then the package pairs one per line, streamed: StoreFileSchema reads it back.
      let pending = `${JSON.stringify(header).slice(0, -1)},"packages":[`
      const names = [...packages.keys()].sort()
      for (const [index, name] of names.entries()) {
        const advisories = [...(packages.get(name)?.values() ?? [])].sort((left, right) =>
          left.id < right.id ? -1 : left.id > right.id ? 1 : 0,
        )
        pending += `${index === 0 ? '' : ','}\n${JSON.stringify([name, advisories])}`
        if (pending.length >= WRITE_CHUNK_CHARS) {
          signal?.throwIfAborted()
          await writer.write(pending)
          pending = ''
        }
      }
      await writer.write(`${pending}\n]}\n`)
      signal?.throwIfAborted()
    },
    (bytes) => hash.update(bytes),
  )
  return hash.digest('hex')
}

/** Removes the store the new manifest replaced, and what crashed imports left behind. Best effort. */
async function sweep(
  targetDir: string,
  current: string,
  replaced: string | null,
  now: number,
): Promise<void> {
  let names: string[]
  try {
    names = await readdir(targetDir)
  } catch {
    return
  }
  for (const name of names) {
    if (name === current) continue
    if (!STORE_FILE_PATTERN.test(name) && !ORPHAN_MANIFEST_PATTERN.test(name)) continue
    try {
      if (name !== replaced && now - (await stat(join(targetDir, name))).mtimeMs < ORPHAN_AGE_MS) continue
      await rm(join(targetDir, name), { force: true })
    } catch {
      // Another import may be removing the same file, or it is open on Windows; the next sweep retries.
    }
  }
}

function describeTally(tally: Tally): string {
  return (
    `${tally.records} records read: ${tally.otherEcosystems} about other ecosystems, ` +
    `${tally.withdrawn} withdrawn, ${tally.skipped} unreadable or refused`
  )
}

/**
 * Imports an OSV export (the zip from https://osv-vulnerabilities.storage.googleapis.com/npm/all.zip, or
 * a folder of its JSON records) into `targetDir`, replacing any earlier import only once the new one is
 * complete: a failed or cancelled import leaves the previous database in use.
 */
export async function importOsvDatabase(
  source: string,
  targetDir: string,
  options: OsvImportOptions = {},
): Promise<VulnerabilityDatabaseInfo> {
  const { signal } = options
  signal?.throwIfAborted()
  const limits: EntryLimits = { ...DEFAULT_LIMITS, ...options.limits }
  const onProgress: Progress = options.onProgress ?? (() => undefined)
  const sourceName = basename(resolve(source))
  const sourceStat = await stat(source).catch(() => null)
  if (sourceStat === null) throw new OsvImportError(`${sourceName} cannot be read.`)
  if (!sourceStat.isDirectory() && !sourceStat.isFile())
    throw new OsvImportError(`${sourceName} is neither a zip archive nor a folder.`)
  const entries = sourceStat.isDirectory()
    ? folderEntries(source, limits, signal, onProgress)
    : zipEntries(source, sourceStat.size, limits, signal, onProgress)

  const { packages, ids, tally } = await collect(entries)
  // An import with nothing in it would make every dependency look clean.
  if (ids.size === 0)
    throw new OsvImportError(
      `${sourceName} holds no npm advisories (${describeTally(tally)}). Import the npm export of OSV ` +
        '(npm/all.zip); the previous database, if any, is still in use.',
    )
  signal?.throwIfAborted()

  await mkdir(targetDir, { recursive: true })
  const importedAt = (options.now ?? new Date()).toISOString()
  const store = `osv-npm-${Date.now().toString(36)}-${randomUUID()}.json`
  const sha256 = await writeStore(join(targetDir, store), packages, signal)
  let replaced: string | null = null
  try {
    signal?.throwIfAborted()
    replaced = (await readOsvManifest(targetDir).catch(() => null))?.store ?? null
    const manifest: OsvManifest = {
      format: STORE_FORMAT,
      version: STORE_VERSION,
      ecosystem: 'npm',
      source: sourceName,
      importedAt,
      advisories: ids.size,
      packages: packages.size,
      skipped: tally.skipped,
      withdrawn: tally.withdrawn,
      otherEcosystems: tally.otherEcosystems,
      droppedRanges: tally.droppedRanges,
      problems: tally.problems,
      store,
      sha256,
    }
    // The commit point: until this rename, readers see the previous import.
    await writeFileAtomically(join(targetDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`)
  } catch (error) {
    await rm(join(targetDir, store), { force: true })
    throw error
  }
  await sweep(targetDir, store, replaced, Date.now())
  return { source: sourceName, importedAt, advisories: ids.size }
}
