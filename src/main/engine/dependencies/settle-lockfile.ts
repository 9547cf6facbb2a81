import type { Importer, LockContents, LockNode, LockRoot } from './model'

export interface SettledPackage {
  node: LockNode
  direct: boolean
  dev: boolean
}

export interface SettledLockfile {
  packages: SettledPackage[]
  /** Declared in an importer's manifest but absent from the lockfile, and the reverse. */
  missing: { manifest: string; name: string }[]
}

/** A dependency the lockfile need not hold: a peer, a workspace of the repository, a yarn link. */
function locallyProvided(
  dependency: Importer['manifest']['dependencies'][number],
  workspaces: ReadonlySet<string>,
): boolean {
  return (
    dependency.group === 'peer' ||
    dependency.source === 'workspace' ||
    workspaces.has(dependency.name) ||
    /^(link|portal):/.test(dependency.range)
  )
}

function manifestRoots(
  contents: LockContents,
  importers: readonly Importer[],
  workspaces: ReadonlySet<string>,
): LockRoot[] {
  return importers.flatMap(({ folder, manifest }) =>
    manifest.dependencies
      .filter((dependency) => !locallyProvided(dependency, workspaces))
      .map((dependency) => ({
        folder,
        name: dependency.name,
        dev: dependency.group === 'dev',
        id: contents.resolve(dependency.name, dependency.range, folder),
      })),
  )
}

/**
 * Which packages are needed in production: those reachable from an importer's production
 * dependencies through the graph. One breadth-first pass; each package is visited once.
 */
function productionReach(nodes: readonly LockNode[], roots: readonly LockRoot[]): Uint8Array {
  const index = new Map(nodes.map((node, position) => [node.id, position]))
  const reached = new Uint8Array(nodes.length)
  const queue: number[] = []
  const visit = (id: string | null): void => {
    const position = id === null ? undefined : index.get(id)
    if (position === undefined || reached[position] === 1) return
    reached[position] = 1
    queue.push(position)
  }
  for (const root of roots) if (!root.dev) visit(root.id)
  for (let head = 0; head < queue.length; head += 1) {
    for (const id of nodes[queue[head] ?? 0]?.needs ?? []) visit(id)
  }
  return reached
}

function missingEntries(
  contents: LockContents,
  importers: readonly Importer[],
  workspaces: ReadonlySet<string>,
): SettledLockfile['missing'] {
  const missing: SettledLockfile['missing'] = []
  // npm 7+ and pnpm record each importer's dependencies by name; yarn is checked by exact descriptor.
  const byName = contents.recorded !== null && contents.kind !== 'yarn-berry'
  for (const { folder, manifest } of importers) {
    const recorded = contents.recorded?.get(folder)
    const reported = new Set<string>()
    for (const dependency of manifest.dependencies) {
      if (locallyProvided(dependency, workspaces) || reported.has(dependency.name)) continue
      const present = byName
        ? (recorded?.has(dependency.name) ?? false)
        : contents.resolve(dependency.name, dependency.range, folder) !== null
      if (present) continue
      reported.add(dependency.name)
      missing.push({ manifest: manifest.path, name: dependency.name })
    }
    if (recorded === undefined) continue
    const declared = new Set(manifest.dependencies.map((dependency) => dependency.name))
    for (const name of recorded) {
      if (declared.has(name) || reported.has(name)) continue
      reported.add(name)
      missing.push({ manifest: manifest.path, name })
    }
  }
  return missing
}

/** Direct and dev for every package of a lockfile, and where it disagrees with the manifests. */
export function settleLockfile(contents: LockContents, importers: readonly Importer[]): SettledLockfile {
  const workspaces = new Set(
    importers.flatMap(({ manifest }) => (manifest.name === null ? [] : [manifest.name])),
  )
  const roots = contents.roots ?? manifestRoots(contents, importers, workspaces)
  const direct = new Set(roots.flatMap((root) => (root.id === null ? [] : [root.id])))
  const needsGraph = contents.nodes.some((node) => node.dev === null)
  const production = needsGraph ? productionReach(contents.nodes, roots) : null
  // With no importer to start from, nothing can be called dev: production is the cautious answer.
  const hasRoots = roots.length > 0
  const packages = contents.nodes.flatMap((node, position) => {
    if (node.workspace) return []
    const dev = node.dev ?? (hasRoots && production?.[position] !== 1)
    return [{ node, direct: direct.has(node.id), dev }]
  })
  return { packages, missing: missingEntries(contents, importers, workspaces) }
}
