import semver from 'semver'
import { z } from 'zod'
import { cvss3BaseScore } from './cvss'
import type { StoredAdvisory, StoredEvent, StoredRange } from './store-format'
import { compareEventVersions, normalizeEventVersion, parseVersion, sortVersions, ZERO } from './versions'

/**
 * The parts of an OSV record (https://ossf.github.io/osv-schema/) that Diligent uses. Unknown fields are
 * ignored; optional fields we only display fall back to nothing when they have the wrong type, while a
 * record whose identity or affected versions cannot be read is malformed.
 */
const tolerant = <Schema extends z.ZodType>(schema: Schema) => schema.optional().catch(undefined)

const SeverityEntrySchema = z.object({ type: z.string(), score: z.string() })

const EventSchema = z.object({
  introduced: z.string().optional(),
  fixed: z.string().optional(),
  last_affected: z.string().optional(),
  limit: z.string().optional(),
})

const AffectedSchema = z.object({
  package: z.object({ ecosystem: z.string(), name: z.string() }).optional(),
  ranges: z.array(z.object({ type: z.string(), events: z.array(EventSchema) })).optional(),
  versions: z.array(z.string()).optional(),
  severity: tolerant(z.array(SeverityEntrySchema)),
  database_specific: tolerant(z.object({ last_known_affected_version_range: tolerant(z.string()) })),
})

export const OsvRecordSchema = z.object({
  id: z.string().trim().min(1).max(200),
  withdrawn: tolerant(z.string()),
  aliases: tolerant(z.array(z.string())),
  summary: tolerant(z.string()),
  details: tolerant(z.string()),
  severity: tolerant(z.array(SeverityEntrySchema)),
  affected: z.array(AffectedSchema).optional(),
  database_specific: tolerant(z.object({ severity: tolerant(z.string()) })),
})
type OsvRecord = z.infer<typeof OsvRecordSchema>
type OsvAffected = z.infer<typeof AffectedSchema>
type OsvEvent = z.infer<typeof EventSchema>

export const NPM_ECOSYSTEM = 'npm'
const MAX_SUMMARY_CHARS = 300
const MAX_ALIASES = 20
const MAX_ALIAS_CHARS = 100
const MAX_PACKAGE_NAME_CHARS = 214
const GITHUB_SEVERITIES = new Set(['LOW', 'MODERATE', 'MEDIUM', 'HIGH', 'CRITICAL'])
const EVENT_KINDS = ['introduced', 'fixed', 'last_affected', 'limit'] as const

export type CompactedRecord =
  | { kind: 'npm'; id: string; packages: [name: string, advisory: StoredAdvisory][]; droppedRanges: number }
  | { kind: 'withdrawn' }
  | { kind: 'other-ecosystem' }
  | { kind: 'malformed'; reason: string }

/** Database text is shown in findings and exports: one line, no control characters, bounded. */
function oneLine(text: string | undefined, maxChars: number): string {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const clean = (text ?? '').replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, ' ').trim()
  return clean.length > maxChars ? `${clean.slice(0, maxChars - 1)}…` : clean
}

function summaryOf(record: OsvRecord): string {
  const summary = oneLine(record.summary, MAX_SUMMARY_CHARS)
  if (summary !== '') return summary
  const firstLine = (record.details ?? '').split('\n').find((line) => line.trim() !== '')
  return oneLine(firstLine, MAX_SUMMARY_CHARS)
}

function aliasesOf(record: OsvRecord): string[] {
  const aliases = (record.aliases ?? [])
    .map((alias) => oneLine(alias, MAX_ALIAS_CHARS))
    .filter((alias) => alias !== '' && alias !== record.id)
  return [...new Set(aliases)].slice(0, MAX_ALIASES)
}

function cvssVector(entries: readonly z.infer<typeof SeverityEntrySchema>[] | undefined): string | null {
  const entry = entries?.find(
    (candidate) => candidate.type === 'CVSS_V3' && cvss3BaseScore(candidate.score) !== null,
  )
  return entry?.score.trim() ?? null
}

function databaseSeverityOf(record: OsvRecord): string | null {
  const severity = record.database_specific?.severity?.trim().toUpperCase()
  return severity !== undefined && GITHUB_SEVERITIES.has(severity) ? severity : null
}

function compactEvent(event: OsvEvent): StoredEvent | 'no-limit' | null {
  const present = EVENT_KINDS.filter((kind) => event[kind] !== undefined)
  const [kind] = present
  if (kind === undefined || present.length !== 1) return null
  const raw = event[kind] ?? ''
  // `limit: "*"` means "no limit"; OSV uses it mostly for git ranges.
  if (kind === 'limit' && raw.trim() === '*') return 'no-limit'
  const version = normalizeEventVersion(raw)
  if (version === null || (version === ZERO && kind !== 'introduced')) return null
  switch (kind) {
    case 'introduced':
      return { introduced: version }
    case 'fixed':
      return { fixed: version }
    case 'last_affected':
      return { last_affected: version }
    case 'limit':
      return { limit: version }
  }
}

export function eventVersion(event: StoredEvent): string {
  if ('introduced' in event) return event.introduced
  if ('fixed' in event) return event.fixed
  if ('last_affected' in event) return event.last_affected
  return event.limit
}

/** A SEMVER or ECOSYSTEM range, ready to evaluate; 'unsupported' for git ranges; null when unreadable. */
function compactRange(
  range: { type: string; events: OsvEvent[] },
  lastKnownAffected: string | undefined,
): StoredRange | 'unsupported' | null {
  if (range.type !== 'SEMVER' && range.type !== 'ECOSYSTEM') return 'unsupported'
  const events: StoredEvent[] = []
  for (const event of range.events) {
    const compacted = compactEvent(event)
    if (compacted === null) return null
    if (compacted !== 'no-limit') events.push(compacted)
  }
  // Every range starts somewhere; one that does not cannot be evaluated.
  if (!events.some((event) => 'introduced' in event)) return null
  events.sort((left, right) => compareEventVersions(eventVersion(left), eventVersion(right)))
  const bound = lastKnownAffected?.trim()
  return {
    events,
    lastKnownAffected:
      bound !== undefined && bound !== '' && semver.validRange(bound, { loose: true }) !== null
        ? bound
        : null,
  }
}

function explicitVersion(raw: string): string {
  return parseVersion(raw)?.version ?? raw.trim()
}

function validPackageName(name: string): boolean {
  // eslint-disable-next-line no-control-regex -- a name with control characters is not a package
  return name !== '' && name.length <= MAX_PACKAGE_NAME_CHARS && !/[\u0000-\u001f\u007f]/.test(name)
}

/** Turns one parsed JSON document into the store's advisories, one per npm package it affects. */
export function compactOsvRecord(json: unknown): CompactedRecord {
  const parsed = OsvRecordSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return { kind: 'malformed', reason: issue ? `${issue.path.join('.') || 'record'}: ${issue.message}` : '' }
  }
  const record = parsed.data
  if (record.withdrawn !== undefined) return { kind: 'withdrawn' }
  const npmEntries = (record.affected ?? []).filter(
    (affected): affected is OsvAffected & { package: { ecosystem: string; name: string } } =>
      affected.package?.ecosystem === NPM_ECOSYSTEM,
  )
  if (npmEntries.length === 0) return { kind: 'other-ecosystem' }

  const id = record.id
  const aliases = aliasesOf(record)
  const summary = summaryOf(record)
  const databaseSeverity = databaseSeverityOf(record)
  const byName = new Map<string, StoredAdvisory>()
  let droppedRanges = 0
  for (const affected of npmEntries) {
    const name = affected.package.name.trim()
    if (!validPackageName(name)) continue
    const lastKnown = affected.database_specific?.last_known_affected_version_range
    const ranges: StoredRange[] = []
    for (const range of affected.ranges ?? []) {
      const compacted = compactRange(range, lastKnown)
      if (compacted === null) droppedRanges += 1
      else if (compacted !== 'unsupported') ranges.push(compacted)
    }
    const versions = (affected.versions ?? []).map(explicitVersion).filter((version) => version !== '')
    if (ranges.length === 0 && versions.length === 0) continue
    // One advisory may list a package in several `affected` entries: they are one advisory for it.
    const existing = byName.get(name)
    const advisory: StoredAdvisory = existing ?? {
      id,
      aliases,
      summary,
      severity: cvssVector(record.severity) ?? cvssVector(affected.severity),
      databaseSeverity,
      ranges: [],
      versions: [],
      fixed: [],
    }
    advisory.ranges.push(...ranges)
    advisory.versions = [...new Set([...advisory.versions, ...versions])]
    advisory.fixed = sortVersions(
      advisory.ranges.flatMap((range) =>
        range.events.flatMap((event) => ('fixed' in event ? [event.fixed] : [])),
      ),
    )
    byName.set(name, advisory)
  }
  if (byName.size === 0) return { kind: 'malformed', reason: 'no npm package with a readable version range' }
  return { kind: 'npm', id, packages: [...byName], droppedRanges }
}
