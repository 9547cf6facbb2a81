import semver, { type SemVer } from 'semver'
import type { ResolvedPackage, Vulnerability } from '../../../shared/domain/facts/dependency-facts'
import { cvss3BaseScore, cvssSeverity } from './cvss'
import type { OsvStore } from './osv-store'
import type { StoredAdvisory, StoredRange } from './store-format'
import { parseVersion, sortVersions, ZERO } from './versions'

export type AdvisorySeverity = Vulnerability['severity']

const GITHUB_SEVERITY: Record<string, AdvisorySeverity> = {
  CRITICAL: 'critical',
  HIGH: 'high',
  MODERATE: 'medium',
  MEDIUM: 'medium',
  LOW: 'low',
}
const SEVERITY_ORDER: readonly AdvisorySeverity[] = ['critical', 'high', 'medium', 'unknown', 'low']
/** Past this many, explicitly listed versions are summarised rather than all quoted. */
const MAX_LISTED_VERSIONS = 8

/** OpenSSF's malicious-packages reports (`MAL-…`): the release itself is malware, whatever its score. */
export function isMaliciousAdvisory(id: string): boolean {
  return id.startsWith('MAL-')
}

/** The CVSS v3 rating when a vector is given, else GitHub's own rating, else unknown. */
export function advisorySeverity(advisory: StoredAdvisory): AdvisorySeverity {
  if (isMaliciousAdvisory(advisory.id)) return 'critical'
  const score = advisory.severity === null ? null : cvss3BaseScore(advisory.severity)
  const rated = score === null ? null : cvssSeverity(score)
  if (rated !== null) return rated
  return (
    (advisory.databaseSeverity !== null ? GITHUB_SEVERITY[advisory.databaseSeverity] : undefined) ?? 'unknown'
  )
}

/** Compares a version with an event's; OSV's `0` is below every version. */
function compareTo(version: SemVer, eventVersion: string): number {
  return eventVersion === ZERO ? 1 : semver.compare(version, eventVersion)
}

function hasUpperBound(range: StoredRange): boolean {
  return range.events.some((event) => 'fixed' in event || 'last_affected' in event || 'limit' in event)
}

/** OSV's evaluation of one SEMVER/ECOSYSTEM range (https://ossf.github.io/osv-schema/#evaluation). */
export function rangeIncludes(range: StoredRange, version: SemVer): boolean {
  const limits = range.events.flatMap((event) => ('limit' in event ? [event.limit] : []))
  if (limits.length > 0 && !limits.some((limit) => compareTo(version, limit) < 0)) return false
  // `<= 1.2.3` must include 1.2.3-rc.1, which semver ranges leave out unless told otherwise.
  if (
    range.lastKnownAffected !== null &&
    !hasUpperBound(range) &&
    !semver.satisfies(version, range.lastKnownAffected, { includePrerelease: true, loose: true })
  )
    return false
  // Events are sorted at import; comparisons use semver precedence, so 2.0.0-rc.1 sorts before 2.0.0.
  let affected = false
  for (const event of range.events) {
    if ('introduced' in event) {
      if (compareTo(version, event.introduced) >= 0) affected = true
    } else if ('fixed' in event) {
      if (compareTo(version, event.fixed) >= 0) affected = false
    } else if ('last_affected' in event) {
      if (compareTo(version, event.last_affected) > 0) affected = false
    }
  }
  return affected
}

/** Whether the advisory covers this installed version, and the fixed releases above it. */
export function affects(advisory: StoredAdvisory, installed: string): { fixedIn: string[] } | null {
  const version = parseVersion(installed)
  const inRange = version !== null && advisory.ranges.some((range) => rangeIncludes(range, version))
  const listed = advisory.versions.some(
    (candidate) => candidate === installed.trim() || (version !== null && candidate === version.version),
  )
  if (!inRange && !listed) return null
  // Fixes below the installed version (an older branch's backport) would not help it.
  return { fixedIn: advisory.fixed.filter((fixed) => version === null || semver.gt(fixed, version)) }
}

function describeRange(range: StoredRange): string[] {
  const intervals: string[] = []
  let start: string | null = null
  const close = (end: string): void => {
    if (start === null) return
    intervals.push(start === '' ? end : `${start} ${end}`)
    start = null
  }
  for (const event of range.events) {
    if ('introduced' in event) start = event.introduced === ZERO ? '' : `>=${event.introduced}`
    else if ('fixed' in event) close(`<${event.fixed}`)
    else if ('last_affected' in event) close(`<=${event.last_affected}`)
  }
  const limit = range.events.find((event) => 'limit' in event)
  const upper = limit !== undefined && 'limit' in limit ? `<${limit.limit}` : range.lastKnownAffected
  if (start !== null)
    intervals.push(upper !== null ? (start === '' ? upper : `${start} ${upper}`) : start || 'all versions')
  return intervals
}

/** The affected versions as the advisory states them: its ranges, or the versions it lists. */
export function describeAffected(advisory: StoredAdvisory): string[] {
  const ranges = advisory.ranges.flatMap(describeRange)
  if (ranges.length > 0) return ranges
  const listed = sortVersions(advisory.versions)
  if (listed.length <= MAX_LISTED_VERSIONS) return listed
  const shown = listed.slice(0, MAX_LISTED_VERSIONS - 1)
  return [...shown, `… and ${listed.length - shown.length} more listed versions`]
}

function compareText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0
}

/**
 * The advisories each resolved package version falls under. A version resolved by several lockfiles is
 * reported once: direct if any lockfile says so, dev only if every one does.
 */
export function matchVulnerabilities(store: OsvStore, packages: readonly ResolvedPackage[]): Vulnerability[] {
  const installed = new Map<string, { name: string; version: string; direct: boolean; dev: boolean }>()
  for (const { name, version, direct, dev } of packages) {
    const key = `${name}\0${version}`
    const seen = installed.get(key)
    installed.set(
      key,
      seen
        ? { ...seen, direct: seen.direct || direct, dev: seen.dev && dev }
        : { name, version, direct, dev },
    )
  }
  const found: Vulnerability[] = []
  for (const { name, version, direct, dev } of installed.values()) {
    for (const advisory of store.advisoriesFor(name)) {
      const match = affects(advisory, version)
      if (match === null) continue
      found.push({
        id: advisory.id,
        aliases: [...advisory.aliases],
        summary: advisory.summary,
        severity: advisorySeverity(advisory),
        package: name,
        version,
        affected: describeAffected(advisory),
        fixedIn: match.fixedIn,
        direct,
        dev,
      })
    }
  }
  return found.sort(
    (left, right) =>
      SEVERITY_ORDER.indexOf(left.severity) - SEVERITY_ORDER.indexOf(right.severity) ||
      compareText(left.package, right.package) ||
      compareText(left.version, right.version) ||
      compareText(left.id, right.id),
  )
}
