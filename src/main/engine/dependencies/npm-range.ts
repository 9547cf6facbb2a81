import { Range, validRange } from 'semver'
import type { DependencySource } from '../../../shared/domain/facts/dependency-facts'

const GIT_PREFIXES = ['git+', 'git://', 'git@', 'github:', 'gitlab:', 'bitbucket:', 'gist:']
const FILE_PREFIXES = ['file:', 'link:', 'portal:', 'exec:', './', '../', '/', '~/']
/** `user/repo` or `user/repo#ref`: npm's shorthand for a GitHub repository. */
const GITHUB_SHORTHAND = /^[\w.-]+\/[\w.-]+(#\S*)?$/
/** A dist-tag such as `latest` or `next`: the registry moves it to whatever is published last. */
const DIST_TAG = /^[a-z][\w.-]*$/i

/** Where an npm dependency spec points: the registry, or something a lockfile cannot pin to it. */
export function npmSource(spec: string): DependencySource {
  const value = spec.trim()
  if (value.startsWith('workspace:')) return 'workspace'
  if (FILE_PREFIXES.some((prefix) => value.startsWith(prefix)) || /^[a-z]:[\\/]/i.test(value)) return 'file'
  if (GIT_PREFIXES.some((prefix) => value.startsWith(prefix))) return 'git'
  if (/^https?:\/\//i.test(value)) return /\.git(#.*)?$/.test(value) ? 'git' : 'url'
  if (GITHUB_SHORTHAND.test(value)) return 'git'
  return 'registry'
}

/** The range of a registry spec, seeing through `npm:other@range` aliases and berry's `npm:` protocol. */
function registryRange(spec: string): string {
  const value = spec.trim()
  if (!value.startsWith('npm:')) return value
  const target = value.slice('npm:'.length)
  const at = target.indexOf('@', 1)
  return at === -1 ? (/^[\d^~<>=*xX]/.test(target) ? target : '') : target.slice(at + 1)
}

/**
 * A registry spec that accepts any future release: `*`, `x`, `latest` (or any dist-tag), an empty
 * range, or an alternative with a lower bound only (`>=1.2.0`).
 */
export function npmUnpinned(spec: string): boolean {
  const range = registryRange(spec)
  if (range === '') return true
  if (validRange(range, { loose: true }) === null) return DIST_TAG.test(range)
  const sets = new Range(range, { loose: true }).set
  return sets.some(
    (comparators) =>
      !comparators.some(
        (comparator) =>
          comparator.operator === '<' ||
          comparator.operator === '<=' ||
          (comparator.operator === '' && comparator.value !== ''),
      ),
  )
}
