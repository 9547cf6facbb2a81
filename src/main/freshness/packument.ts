import { z } from 'zod'
import {
  MAX_MESSAGE_LENGTH,
  MAX_VERSION_LENGTH,
  type LookupError,
  type RegistryRecord,
} from '../../shared/domain/freshness'

/**
 * The parts of a registry packument Diligent reads. The document comes from the network, so its shape is
 * checked before anything is taken from it; every other field is dropped. `time` also holds `created`,
 * `modified` and, for an unpublished package, an `unpublished` object, hence unknown values.
 */
const PackumentSchema = z.object({
  name: z.string(),
  'dist-tags': z.record(z.string(), z.string()).optional(),
  time: z.record(z.string(), z.unknown()).optional(),
  versions: z
    .record(z.string(), z.object({ deprecated: z.union([z.string(), z.boolean()]).optional() }))
    .optional(),
})
type Packument = z.infer<typeof PackumentSchema>

/** What the registry leaves of a package its owner unpublished: `time.unpublished`, with when. */
const UnpublishedSchema = z.object({ time: z.string().optional() })

/** Keys come from the network: only own properties count, so `__proto__` or `constructor` read nothing. */
function own<Value>(record: Record<string, Value> | undefined, key: string): Value | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined
}

/** A registry timestamp as canonical ISO, or null when it is missing or not a date. */
function isoTime(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const milliseconds = Date.parse(value)
  if (Number.isNaN(milliseconds)) return null
  const iso = new Date(milliseconds).toISOString()
  // Years past 9999 print as "+010000-…", which is not the ISO form the contract accepts.
  return /^\d{4}-/.test(iso) ? iso : null
}

function deprecation(packument: Packument, version: string): string | null {
  const message = own(packument.versions, version)?.deprecated
  // npm un-deprecates with an empty message; some old documents say `false`.
  return typeof message === 'string' && message.trim() !== '' ? message.slice(0, MAX_MESSAGE_LENGTH) : null
}

export type PackumentReading = { ok: true; packument: Packument } | { ok: false; error: LookupError }

/** Checks a parsed response against the packument shape, and that it is the package asked for. */
export function readPackument(document: unknown, name: string): PackumentReading {
  const parsed = PackumentSchema.safeParse(document)
  if (!parsed.success) {
    return {
      ok: false,
      error: { kind: 'bad-response', message: 'The registry answered with an unexpected document' },
    }
  }
  const packument = parsed.data
  if (packument.name !== name) {
    return {
      ok: false,
      error: { kind: 'bad-response', message: 'The registry answered about another package' },
    }
  }
  const unpublished = own(packument.time, 'unpublished')
  if (packument.versions === undefined && unpublished !== undefined) {
    const when = isoTime(UnpublishedSchema.safeParse(unpublished).data?.time)
    const message = `Unpublished from the registry${when === null ? '' : ` on ${when.slice(0, 10)}`}`
    return { ok: false, error: { kind: 'not-found', message } }
  }
  return { ok: true, packument }
}

/** The facts kept of a packument: the latest version, and publish time and deprecation of each pinned one. */
export function recordOf(
  packument: Packument,
  versions: readonly string[],
  fetchedAt: string,
): RegistryRecord {
  const tagged = own(packument['dist-tags'], 'latest')
  const latest = tagged !== undefined && tagged.length <= MAX_VERSION_LENGTH ? tagged : null
  return {
    name: packument.name,
    fetchedAt,
    latest,
    latestPublishedAt: latest === null ? null : isoTime(own(packument.time, latest)),
    latestDeprecated: latest === null ? null : deprecation(packument, latest),
    versions: versions.map((version) => ({
      version,
      inRegistry: own(packument.versions, version) !== undefined,
      publishedAt: isoTime(own(packument.time, version)),
      deprecated: deprecation(packument, version),
    })),
  }
}
