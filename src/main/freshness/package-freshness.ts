import {
  MAX_VERSIONS_PER_PACKAGE,
  mergePackageQueries,
  NPM_REGISTRY_HOST,
  type PackageFreshness,
  type PackageQuery,
  type RegistryFacts,
  type RegistryRecord,
} from '../../shared/domain/freshness'
import { DAY_MS } from '../../shared/time'
import type { NpmRegistryClient } from './npm-registry-client'
import type { RegistryCache } from './registry-cache'
import type { SettingsStore } from './settings-store'
import { versionGap } from './version-gap'

export interface PackageFreshnessDeps {
  settings: SettingsStore
  cache: RegistryCache
  registry: NpmRegistryClient
  now: () => Date
  /** Cached answers younger than this are reused instead of asking the registry again. */
  maxAgeMs?: number
}

export interface PackageFreshnessService {
  /** What the cache holds for these packages, however old; works offline and never touches the network. */
  cached(queries: readonly PackageQuery[]): Promise<PackageFreshness[]>
  /** Asks the registry about packages without a fresh cached answer; refused while online checks are off. */
  lookup(queries: readonly PackageQuery[]): Promise<PackageFreshness[]>
}

export class OnlineChecksOffError extends Error {
  constructor() {
    super(`Online checks are off: turn them on in Settings before asking ${NPM_REGISTRY_HOST}`)
    this.name = 'OnlineChecksOffError'
  }
}

/** The record's facts for the versions asked about that it covers, with how far each trails `latest`. */
function factsOf(
  record: RegistryRecord,
  versions: readonly string[],
  source: RegistryFacts['source'],
): RegistryFacts {
  const { name: _name, ...answer } = record
  const asked = new Set(versions)
  return {
    ...answer,
    source,
    versions: record.versions
      .filter((entry) => asked.has(entry.version))
      .map((entry) => ({ ...entry, ...versionGap(entry.version, record.latest) })),
  }
}

/** A stale package's query: its versions plus those cached before, so refreshing one does not forget the others. */
function refreshQuery(query: PackageQuery, record: RegistryRecord | null): PackageQuery {
  const earlier = record?.versions.map((entry) => entry.version) ?? []
  return {
    name: query.name,
    versions: [...new Set([...query.versions, ...earlier])].slice(0, MAX_VERSIONS_PER_PACKAGE),
  }
}

function covers(record: RegistryRecord, versions: readonly string[]): boolean {
  const known = new Set(record.versions.map((entry) => entry.version))
  return versions.every((version) => known.has(version))
}

export function createPackageFreshness(deps: PackageFreshnessDeps): PackageFreshnessService {
  const maxAgeMs = deps.maxAgeMs ?? DAY_MS
  const isFresh = (record: RegistryRecord, now: Date): boolean => {
    const age = now.getTime() - Date.parse(record.fetchedAt)
    // An answer dated in the future (a clock moved back) is not trusted as fresh.
    return age >= 0 && age < maxAgeMs
  }

  return {
    cached: async (queries) =>
      Promise.all(
        mergePackageQueries(queries).map(async ({ name, versions }) => {
          const record = await deps.cache.get(name)
          return { name, facts: record ? factsOf(record, versions, 'cache') : null, error: null }
        }),
      ),

    lookup: async (queries) => {
      if (!(await deps.settings.read()).onlineChecks) throw new OnlineChecksOffError()
      const now = deps.now()
      const plans = await Promise.all(
        mergePackageQueries(queries).map(async (query) => {
          const record = (await deps.cache.get(query.name)) ?? null
          const reusable = record !== null && isFresh(record, now) && covers(record, query.versions)
          return { query, record, reusable }
        }),
      )
      const answers = await deps.registry.fetchRecords(
        plans.filter((plan) => !plan.reusable).map(({ query, record }) => refreshQuery(query, record)),
      )
      const outcomes = new Map(answers.map((outcome) => [outcome.name, outcome]))
      const fetched = answers.flatMap((outcome) => (outcome.ok ? [outcome.record] : []))
      if (fetched.length > 0) {
        // The answers are already in hand: a cache that cannot be saved costs the next lookup, not this one.
        await deps.cache
          .store(fetched)
          .catch((error: unknown) => console.warn('[freshness] registry cache not saved', error))
      }
      return plans.map(({ query: { name, versions }, record }): PackageFreshness => {
        const outcome = outcomes.get(name)
        if (outcome?.ok) return { name, facts: factsOf(outcome.record, versions, 'network'), error: null }
        return {
          name,
          facts: record === null ? null : factsOf(record, versions, 'cache'),
          error: outcome?.error ?? null,
        }
      })
    },
  }
}
