import { compare, valid } from 'semver'
import type { LicenceClass, ResolvedPackage } from '../../../shared/domain/facts/dependency-facts'
import type { SettledPackage } from './settle-lockfile'

/**
 * One ResolvedPackage per name and version of a lockfile: npm can install the same version at
 * several paths, pnpm once per peer combination. A copy needed in production makes it production;
 * any direct copy makes it direct.
 */
export function resolvedPackages(
  lockfile: string,
  settled: readonly SettledPackage[],
  classify: (license: string | null) => LicenceClass,
): ResolvedPackage[] {
  const byKey = new Map<string, ResolvedPackage>()
  for (const { node, direct, dev } of settled) {
    const key = `${node.name}@${node.version}`
    const existing = byKey.get(key)
    if (existing === undefined) {
      byKey.set(key, {
        name: node.name,
        version: node.version,
        direct,
        dev,
        license: node.license,
        licenceClass: classify(node.license),
        installScript: node.installScript,
        lockfile,
      })
      continue
    }
    existing.direct ||= direct
    existing.dev &&= dev
    existing.installScript ||= node.installScript
    if (existing.license === null && node.license !== null) {
      existing.license = node.license
      existing.licenceClass = classify(node.license)
    }
  }
  return [...byKey.values()].sort((left, right) =>
    left.name === right.name ? compareVersions(left.version, right.version) : left.name < right.name ? -1 : 1,
  )
}

/** Semantic versions in version order, anything else after them in text order. */
export function compareVersions(left: string, right: string): number {
  const leftValid = valid(left) !== null
  const rightValid = valid(right) !== null
  if (leftValid && rightValid) return compare(left, right)
  if (leftValid !== rightValid) return leftValid ? -1 : 1
  return left < right ? -1 : left > right ? 1 : 0
}

/** Names resolved at more than one version across the lockfiles, versions in order. */
export function multipleVersions(
  packages: readonly ResolvedPackage[],
): { name: string; versions: string[] }[] {
  const versions = new Map<string, Set<string>>()
  for (const { name, version } of packages) {
    const seen = versions.get(name) ?? new Set<string>()
    seen.add(version)
    versions.set(name, seen)
  }
  return [...versions]
    .filter(([, seen]) => seen.size > 1)
    .map(([name, seen]) => ({ name, versions: [...seen].sort(compareVersions) }))
    .sort((left, right) => (left.name < right.name ? -1 : 1))
}
