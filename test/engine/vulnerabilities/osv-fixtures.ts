import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { afterEach } from 'vitest'
import type { ResolvedPackage } from '../../../src/shared/domain/facts/dependency-facts'
import { compactOsvRecord } from '../../../src/main/engine/vulnerabilities/osv-record'
import { createOsvStore, type OsvStore } from '../../../src/main/engine/vulnerabilities/osv-store'
import type { OsvManifest, StoredAdvisory } from '../../../src/main/engine/vulnerabilities/store-format'

/** OSV-format test records, built the way the real export writes them. */
export type Events = Record<string, string>[]

export interface AffectedSpec {
  name: string
  ecosystem?: string
  ranges?: { type?: string; events: Events }[]
  versions?: string[]
  database_specific?: Record<string, unknown>
}

export function osvRecord(
  id: string,
  affected: AffectedSpec[],
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    schema_version: '1.6.0',
    id,
    modified: '2024-05-01T00:00:00Z',
    published: '2024-04-01T00:00:00Z',
    aliases: [],
    summary: `Summary of ${id}`,
    details: 'Long details that are not used.',
    affected: affected.map(({ name, ecosystem = 'npm', ranges = [], versions, database_specific }) => ({
      package: { ecosystem, name, purl: `pkg:npm/${name}` },
      ranges: ranges.map(({ type = 'SEMVER', events }) => ({ type, events })),
      ...(versions === undefined ? {} : { versions }),
      ...(database_specific === undefined ? {} : { database_specific }),
    })),
    references: [{ type: 'ADVISORY', url: `https://example.test/${id}` }],
    ...extra,
  }
}

/** A package affected from `introduced` until `fixed`. */
export function simpleRecord(
  id: string,
  name: string,
  introduced: string,
  fixed: string,
): Record<string, unknown> {
  return osvRecord(id, [{ name, ranges: [{ events: [{ introduced }, { fixed }] }] }])
}

export function zipOf(entries: Record<string, string | Uint8Array | object>): Uint8Array {
  return zipSync(
    Object.fromEntries(
      Object.entries(entries).map(([name, content]) => [
        name,
        typeof content === 'string'
          ? strToU8(content)
          : content instanceof Uint8Array
            ? content
            : strToU8(JSON.stringify(content)),
      ]),
    ),
  )
}

/** A fresh temporary folder per test, removed afterwards. */
export function useTempDirs(): () => Promise<string> {
  const made: string[] = []
  afterEach(async () => {
    await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
  })
  return async () => {
    const dir = await mkdtemp(join(tmpdir(), 'diligent-osv-'))
    made.push(dir)
    return dir
  }
}

export const MANIFEST: OsvManifest = {
  format: 'diligent-osv-store',
  version: 1,
  ecosystem: 'npm',
  source: 'all.zip',
  importedAt: '2024-05-02T00:00:00.000Z',
  advisories: 0,
  packages: 0,
  skipped: 0,
  withdrawn: 0,
  otherEcosystems: 0,
  droppedRanges: 0,
  problems: [],
  store: 'osv-npm-test.json',
  sha256: '0'.repeat(64),
}

/** A store built in memory from records, the way an import compacts them. */
export function storeOf(records: readonly unknown[]): OsvStore {
  const byName = new Map<string, StoredAdvisory[]>()
  for (const record of records) {
    const compacted = compactOsvRecord(record)
    if (compacted.kind !== 'npm') continue
    for (const [name, advisory] of compacted.packages)
      byName.set(name, [...(byName.get(name) ?? []), advisory])
  }
  return createOsvStore(MANIFEST, [...byName])
}

export function resolved(
  name: string,
  version: string,
  overrides: Partial<ResolvedPackage> = {},
): ResolvedPackage {
  return {
    name,
    version,
    direct: true,
    dev: false,
    license: 'MIT',
    licenceClass: 'permissive',
    installScript: false,
    lockfile: 'package-lock.json',
    ...overrides,
  }
}
