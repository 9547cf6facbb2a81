import type {
  DependencyFacts,
  Lockfile,
  Manifest,
  ResolvedPackage,
} from '../../../shared/domain/facts/dependency-facts'
import type { AnalyzerContext } from '../types'
import { licenceClassifier } from './classify-licence'
import { locateFiles } from './locate-files'
import type { Importer, ManifestRead } from './model'
import { projectLicence } from './project-licence'
import { npmProjects } from './projects'
import { readInputs, type Inputs } from './read-inputs'
import { settleLockfile } from './settle-lockfile'
import { multipleVersions, resolvedPackages } from './summarise-packages'
import { folderOf } from './values'
import { manifestsWithoutLockfile, type UnlockedManifest } from './without-lockfile'

/** The facts, and what the findings need beyond them. */
export interface DependencyReport {
  facts: DependencyFacts
  /** Manifests with dependencies that no lockfile pins. */
  withoutLockfile: UnlockedManifest[]
  /** Folders with more than one npm-family lockfile. */
  competingLockfiles: { folder: string; lockfiles: string[] }[]
  /** package.json files some lockfile installs (read or not): their ranges are pinned there. */
  lockedManifests: string[]
  /** Lockfiles present but not read: their packages are unchecked, not absent. */
  unreadLockfiles: string[]
}

function toFacts(manifest: ManifestRead): Manifest {
  return {
    ...manifest,
    dependencies: manifest.dependencies.map(({ group: _group, ...dependency }) => dependency),
  }
}

/** pnpm-workspace.yaml globs belong to the package.json beside it. */
function withPnpmWorkspaces(inputs: Inputs, context: AnalyzerContext): ManifestRead[] {
  const npm = inputs.manifests.filter((manifest) => manifest.ecosystem === 'npm')
  for (const [folder, globs] of inputs.pnpmWorkspaces) {
    const root = npm.find((manifest) => folderOf(manifest.path) === folder)
    if (root === undefined) {
      context.warn(
        'pnpm-workspace.yaml has no package.json beside it, so its workspaces were not matched',
        folder === '' ? 'pnpm-workspace.yaml' : `${folder}/pnpm-workspace.yaml`,
      )
      continue
    }
    root.workspaces = [...root.workspaces, ...globs.filter((glob) => !root.workspaces.includes(glob))]
  }
  return npm
}

function competing(paths: readonly string[]): DependencyReport['competingLockfiles'] {
  const byFolder = new Map<string, string[]>()
  for (const path of paths) {
    const lockfiles = byFolder.get(folderOf(path))
    if (lockfiles === undefined) byFolder.set(folderOf(path), [path])
    else lockfiles.push(path)
  }
  return [...byFolder]
    .filter(([, lockfiles]) => lockfiles.length > 1)
    .map(([folder, lockfiles]) => ({ folder, lockfiles }))
}

/**
 * Manifests, lockfiles, resolved packages and licences of the repository, read from its tracked files
 * and never by running anything. Vulnerabilities are left unchecked here (`vulnerabilityDatabase:
 * null`): matching against an imported advisory database fills `vulnerabilityDatabase` and
 * `vulnerabilities` of the returned facts afterwards, from `facts.packages` and `facts.manifests`.
 */
export async function collectDependencies(context: AnalyzerContext): Promise<DependencyReport> {
  const inputs = await readInputs(context, locateFiles(context.files))
  const npmManifests = withPnpmWorkspaces(inputs, context)
  const lockfileFolders = new Set(inputs.lockfiles.map(({ path }) => folderOf(path)))
  // Workspace roots without a lockfile still link their workspaces to each other.
  const workspaceRoots = npmManifests
    .filter(({ workspaces }) => workspaces.length > 0)
    .map(({ path }) => folderOf(path))
  const projects = new Map(
    npmProjects(new Set([...lockfileFolders, ...workspaceRoots]), npmManifests, context.warn).map(
      (project) => [project.folder, project],
    ),
  )
  const classify = licenceClassifier()

  const lockfiles: Lockfile[] = []
  const packages: ResolvedPackage[] = []
  const missing = new Map<string, DependencyFacts['missingFromLockfile'][number]>()
  for (const { path, contents } of inputs.lockfiles) {
    context.signal.throwIfAborted()
    if (contents === null) continue
    const importers: Importer[] = projects.get(folderOf(path))?.importers ?? []
    if (importers.length === 0 && contents.roots === null) {
      context.warn('No package.json beside this lockfile: its direct dependencies cannot be told apart', path)
    }
    const settled = settleLockfile(contents, importers)
    const resolved = resolvedPackages(path, settled.packages, classify)
    lockfiles.push({ path, kind: contents.kind, packageCount: resolved.length })
    // One by one: spreading 100,000 arguments into push() can overflow the stack.
    for (const pkg of resolved) packages.push(pkg)
    // Two lockfiles of one project can both miss the same dependency: it is one fact.
    for (const entry of settled.missing) missing.set(`${entry.manifest}\0${entry.name}`, entry)
  }

  const lockedManifests = new Set(
    [...projects.values()]
      .filter((project) => lockfileFolders.has(project.folder))
      .flatMap((project) => project.importers.map(({ manifest }) => manifest.path)),
  )
  const facts: DependencyFacts = {
    manifests: inputs.manifests.map(toFacts),
    lockfiles,
    packages,
    multipleVersions: multipleVersions(packages),
    missingFromLockfile: [...missing.values()],
    project: projectLicence(inputs.manifests, inputs.licenceTexts),
    vulnerabilityDatabase: null,
    vulnerabilities: [],
  }
  return {
    facts,
    withoutLockfile: manifestsWithoutLockfile(inputs.manifests, lockedManifests, inputs.otherLockfiles),
    competingLockfiles: competing(inputs.lockfiles.map(({ path }) => path)),
    lockedManifests: [...lockedManifests].sort(),
    unreadLockfiles: inputs.lockfiles.filter(({ contents }) => contents === null).map(({ path }) => path),
  }
}
