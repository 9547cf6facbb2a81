import type { DependencySource } from '../../../shared/domain/facts/dependency-facts'
import { constraintUnbounded } from './constraints'
import { clip } from './values'

export interface PythonRequirement {
  name: string
  range: string
  source: DependencySource
  unpinned: boolean
}

const NAMED = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*(.*)$/s

/** Where a direct reference (`git+https://…`, a wheel URL, a path) points. */
export function locationSource(location: string): DependencySource {
  if (/^(git|hg|svn|bzr)\+/i.test(location) || /\.git(@|#|$)/.test(location)) return 'git'
  if (/^https?:\/\//i.test(location)) return 'url'
  return 'file'
}

/** A requirement that is a location rather than a name: its `#egg=` name, or the last path segment. */
export function locationRequirement(location: string): PythonRequirement {
  const egg = /[#&]egg=([A-Za-z0-9._-]+)/.exec(location)?.[1]
  const path = location.split(/[?#]/)[0] ?? location
  const last = path.replace(/\/+$/, '').split('/').at(-1) ?? path
  // A wheel or sdist file is named `name-version…`.
  const archive = /\.(whl|tar\.gz|tgz|zip)$/i.test(last) ? last.split(/-(?=\d)/)[0] : undefined
  return {
    name: clip(egg ?? archive ?? (last === '' ? location : last)),
    range: clip(location),
    source: locationSource(location),
    unpinned: false,
  }
}

/**
 * A PEP 508 requirement (`requests[socks]>=2.0,<3; python_version>"3.8"`, `pkg @ git+https://…`),
 * or null when the text is not one. The environment marker after `;` is dropped.
 */
export function parseRequirement(text: string): PythonRequirement | null {
  const match = NAMED.exec(text.trim())
  if (match === null) return null
  const name = match[1] ?? ''
  const rest = (match[2] ?? '').trim()
  if (rest.startsWith('@')) {
    const location = rest.slice(1).split(/\s+;/)[0]?.trim() ?? ''
    return { name: clip(name), range: clip(location), source: locationSource(location), unpinned: false }
  }
  const specifier = (rest.split(';')[0] ?? '')
    .trim()
    .replace(/^\((.*)\)$/s, '$1')
    .trim()
  if (specifier !== '' && !/^[<>=!~]/.test(specifier)) return null
  return {
    name: clip(name),
    range: clip(specifier),
    source: 'registry',
    unpinned: constraintUnbounded(specifier),
  }
}
