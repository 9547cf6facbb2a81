import semver from 'semver'
import type { VersionGap } from '../../shared/domain/freshness'

/**
 * How far `pinned` trails `latest`: the largest part that differs, and how many majors apart they are.
 * Null when either is not a semantic version (a git pin, a tag, a missing `latest`).
 */
export function versionGap(
  pinned: string,
  latest: string | null,
): { behind: VersionGap | null; majorsBehind: number } {
  const from = semver.valid(pinned)
  const to = latest === null ? null : semver.valid(latest)
  if (from === null || to === null) return { behind: null, majorsBehind: 0 }
  if (semver.gte(from, to)) return { behind: 'none', majorsBehind: 0 }
  const majorsBehind = semver.major(to) - semver.major(from)
  if (majorsBehind > 0) return { behind: 'major', majorsBehind }
  return { behind: semver.minor(to) > semver.minor(from) ? 'minor' : 'patch', majorsBehind: 0 }
}
