/** What the `dependencies` analyzer found: manifests, lockfiles, resolved packages, licences, vulnerabilities. */

export const ECOSYSTEMS = ['npm', 'pypi', 'go', 'rubygems', 'maven', 'cargo'] as const
export type Ecosystem = (typeof ECOSYSTEMS)[number]

/** Where a declared dependency comes from: a registry range, or something a lockfile cannot pin to a registry. */
export type DependencySource = 'registry' | 'git' | 'url' | 'file' | 'workspace'

export interface DeclaredDependency {
  name: string
  /** As written in the manifest: `^1.2.0`, `*`, `git+https://…`, `workspace:*`. */
  range: string
  dev: boolean
  source: DependencySource
  /** `*`, `latest`, `x`, an empty range, or `>=` without an upper bound. */
  unpinned: boolean
}

export interface Manifest {
  path: string
  ecosystem: Ecosystem
  name: string | null
  version: string | null
  /** The project's own licence field, as written (an SPDX expression, `UNLICENSED`, `SEE LICENSE IN …`). */
  license: string | null
  /** `engines.node`, for npm manifests. */
  nodeEngine: string | null
  /** Workspace globs declared here (npm/yarn `workspaces`, pnpm-workspace.yaml `packages`). */
  workspaces: string[]
  dependencies: DeclaredDependency[]
}

export const LOCKFILE_KINDS = ['npm-v1', 'npm-v2', 'npm-v3', 'yarn-classic', 'yarn-berry', 'pnpm'] as const
export type LockfileKind = (typeof LOCKFILE_KINDS)[number]

export interface Lockfile {
  path: string
  kind: LockfileKind
  packageCount: number
}

export const LICENCE_CLASSES = [
  'permissive',
  'weak-copyleft',
  'strong-copyleft',
  'network-copyleft',
  'non-commercial',
  'unknown',
] as const
export type LicenceClass = (typeof LICENCE_CLASSES)[number]

/** One package version as a lockfile resolved it. */
export interface ResolvedPackage {
  name: string
  version: string
  /** Declared in a manifest of the repository (otherwise pulled in by another package). */
  direct: boolean
  /** Needed only for development (every path to it goes through a dev dependency). */
  dev: boolean
  /** As the lockfile records it; null when it does not. */
  license: string | null
  licenceClass: LicenceClass
  /** The lockfile says the package runs an install script (npm `hasInstallScript`, pnpm `requiresBuild`). */
  installScript: boolean
  lockfile: string
}

export interface Vulnerability {
  /** The advisory id: `GHSA-…`, or OSV's own. */
  id: string
  aliases: string[]
  summary: string
  severity: 'critical' | 'high' | 'medium' | 'low' | 'unknown'
  package: string
  version: string
  /** Versions or ranges affected, as the advisory states them. */
  affected: string[]
  fixedIn: string[]
  direct: boolean
  dev: boolean
}

export interface VulnerabilityDatabaseInfo {
  source: string
  /** When the auditor imported it: matches are only as fresh as this. */
  importedAt: string
  advisories: number
}

export interface DependencyFacts {
  manifests: Manifest[]
  lockfiles: Lockfile[]
  packages: ResolvedPackage[]
  /** Packages resolved at more than one version. */
  multipleVersions: { name: string; versions: string[] }[]
  /** Declared in a manifest but absent from its lockfile, and the reverse for direct entries. */
  missingFromLockfile: { manifest: string; name: string }[]
  project: { license: string | null; licenceClass: LicenceClass | null }
  /** Null when no vulnerability database was imported: the dependencies are then unchecked, not clean. */
  vulnerabilityDatabase: VulnerabilityDatabaseInfo | null
  vulnerabilities: Vulnerability[]
}
