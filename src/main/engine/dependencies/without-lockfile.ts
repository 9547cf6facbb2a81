import type { Ecosystem } from '../../../shared/domain/facts/dependency-facts'
import type { ManifestRead } from './model'
import { baseName, folderOf } from './values'

/** What a project without a lockfile is missing: the file its tool would write. */
export interface UnlockedManifest {
  manifest: string
  ecosystem: Ecosystem
  expected: string
}

interface LockRule {
  names: readonly string[]
  /** Cargo and uv workspaces keep one lockfile at the workspace root. */
  inAncestors: boolean
}

// npm is decided by the projects (workspaces share the root lockfile); Maven has no lockfile, and a
// requirements file is itself the pin list.
const RULES: Partial<Record<string, LockRule>> = {
  'go.mod': { names: ['go.sum'], inAncestors: false },
  Gemfile: { names: ['Gemfile.lock'], inAncestors: false },
  'gems.rb': { names: ['gems.locked'], inAncestors: false },
  'Cargo.toml': { names: ['Cargo.lock'], inAncestors: true },
  'pyproject.toml': { names: ['poetry.lock', 'uv.lock', 'pdm.lock', 'Pipfile.lock'], inAncestors: true },
}

function ancestors(folder: string): string[] {
  const folders = [folder]
  for (let current = folder; current !== '';) {
    current = folderOf(current)
    folders.push(current)
  }
  return folders
}

function dependsOnSomething(manifest: ManifestRead): boolean {
  return manifest.dependencies.some(
    (dependency) => dependency.group !== 'peer' && dependency.source !== 'workspace',
  )
}

/** Manifests with dependencies that no lockfile pins. */
export function manifestsWithoutLockfile(
  manifests: readonly ManifestRead[],
  lockedNpmManifests: ReadonlySet<string>,
  otherLockfiles: readonly string[],
): UnlockedManifest[] {
  const present = new Set(otherLockfiles)
  return manifests.flatMap((manifest): UnlockedManifest[] => {
    if (!dependsOnSomething(manifest)) return []
    if (manifest.ecosystem === 'npm') {
      return lockedNpmManifests.has(manifest.path)
        ? []
        : [
            {
              manifest: manifest.path,
              ecosystem: 'npm',
              expected: 'package-lock.json, yarn.lock or pnpm-lock.yaml',
            },
          ]
    }
    const rule = RULES[baseName(manifest.path)]
    if (rule === undefined) return []
    const folder = folderOf(manifest.path)
    const folders = rule.inAncestors ? ancestors(folder) : [folder]
    const locked = folders.some((candidate) =>
      rule.names.some((name) => present.has(candidate === '' ? name : `${candidate}/${name}`)),
    )
    return locked
      ? []
      : [{ manifest: manifest.path, ecosystem: manifest.ecosystem, expected: rule.names.join(' or ') }]
  })
}
