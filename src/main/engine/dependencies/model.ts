import type {
  DeclaredDependency,
  LockfileKind,
  Manifest,
} from '../../../shared/domain/facts/dependency-facts'

/** Reports a problem with one input file to the auditor; never throws. */
export type Warn = (message: string, path?: string) => void

/** The manifest group a dependency is declared in: peers are provided by whoever installs the package. */
export type DependencyGroup = 'prod' | 'dev' | 'optional' | 'peer'

export interface Declared extends DeclaredDependency {
  group: DependencyGroup
}

/** A manifest as read, with the group of each dependency kept for the lockfile checks. */
export interface ManifestRead extends Omit<Manifest, 'dependencies'> {
  dependencies: Declared[]
}

/** One package entry of a lockfile, before direct and dev are settled. */
export interface LockNode {
  /** Unique in its lockfile: an install path, a yarn entry header, a pnpm key. */
  id: string
  name: string
  version: string
  license: string | null
  installScript: boolean
  /** The lockfile's own dev flag when it records one; null when the dependency graph decides. */
  dev: boolean | null
  /** Ids of the packages this one needs at run time (dependencies and optional dependencies). */
  needs: string[]
  /** A workspace of the repository itself (yarn berry lists them): walked through, never reported. */
  workspace: boolean
}

/** A dependency an importer (a workspace folder) declares, as the lockfile records it. */
export interface LockRoot {
  /** The importer's folder relative to the lockfile's, '' for its own. */
  folder: string
  name: string
  /** What the dependency was resolved to, when the lockfile knows. */
  id: string | null
  dev: boolean
}

/** What a lockfile parser hands on: packages, and how declared dependencies resolve into them. */
export interface LockContents {
  kind: LockfileKind
  nodes: LockNode[]
  /** The importers' dependencies as the lockfile records them; null when it does not (npm v1, yarn). */
  roots: LockRoot[] | null
  /** Names each importer folder declares according to the lockfile; null when it does not record them. */
  recorded: Map<string, Set<string>> | null
  /** The id a dependency declared by the importer at `folder` as `range` resolves to, or null. */
  resolve(name: string, range: string, folder: string): string | null
}

/** A package.json that belongs to a lockfile's project: its own, or one of its workspaces. */
export interface Importer {
  /** Relative to the lockfile's folder, '' for the lockfile's own. */
  folder: string
  manifest: ManifestRead
}
