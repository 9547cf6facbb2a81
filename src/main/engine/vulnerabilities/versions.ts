import semver, { type SemVer } from 'semver'

/** OSV's "since the first version": it sorts before every other version. */
export const ZERO = '0'

/** A version as semver reads it, loosely (`v1.2.3`, `=1.2.3`), or null when it is not one. */
export function parseVersion(raw: string): SemVer | null {
  return semver.parse(raw.trim(), { loose: true })
}

/** The canonical spelling of a version event, so matching never re-parses a loose one; null when unusable. */
export function normalizeEventVersion(raw: string): string | null {
  if (raw.trim() === ZERO) return ZERO
  return parseVersion(raw)?.version ?? null
}

/** Orders event versions, `0` first; both are normalised (see normalizeEventVersion). */
export function compareEventVersions(left: string, right: string): number {
  if (left === ZERO || right === ZERO) return left === right ? 0 : left === ZERO ? -1 : 1
  return semver.compare(left, right)
}

/** Sorts versions ascending, keeping those that are not semver at the end in their given order. */
export function sortVersions(versions: Iterable<string>): string[] {
  const unique = [...new Set(versions)]
  const valid = unique.filter((version) => semver.valid(version) !== null)
  const invalid = unique.filter((version) => semver.valid(version) === null)
  return [...valid.sort(semver.compare), ...invalid]
}
