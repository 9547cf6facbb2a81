import type { GroupEdge, ModuleGroup, ModuleGroupKind } from '../../../shared/domain/facts/architecture-facts'
import { compareText } from './compare-text'
import { dirnameOf, foldersAbove } from './repo-paths'

/** More boxes than this is no longer a readable diagram: the smallest are folded into one. */
export const MAX_GROUPS = 40
export const ROOT_GROUP = '(root)'
export const OTHER_GROUP = '(other)'

export interface GroupedModule {
  path: string
  lines: number
}

export interface ModuleDependency {
  from: number
  to: number
  imports: number
}

export interface ModuleGroups {
  groups: ModuleGroup[]
  groupEdges: GroupEdge[]
}

interface Assignment {
  /** The folder (`''` for the root) or the package name. */
  key: string
  kind: 'package' | 'folder'
}

function packageByFolder(packages: readonly { name: string; dir: string }[]): Map<string, string> {
  // The root package would swallow every file: only the packages in folders of their own are groups.
  return new Map(packages.filter((item) => item.dir !== '').map((item) => [item.dir, item.name]))
}

function firstAssignment(path: string, packages: ReadonlyMap<string, string>): Assignment {
  for (const folder of foldersAbove(path)) {
    const name = packages.get(folder)
    if (name !== undefined) return { key: name, kind: 'package' }
  }
  const slash = path.indexOf('/')
  return { key: slash === -1 ? '' : path.slice(0, slash), kind: 'folder' }
}

/** The subfolder of `folder` a path is in, or `folder` itself for files directly inside it. */
function oneLevelDown(path: string, folder: string): string {
  const parent = dirnameOf(path)
  if (parent === folder) return folder
  const next = parent.indexOf('/', folder.length + 1)
  return next === -1 ? parent : parent.slice(0, next)
}

function groupCount(assignments: readonly Assignment[]): number {
  return new Set(assignments.map(({ key, kind }) => `${kind}:${key}`)).size
}

/**
 * While one folder holds most of the modules (a `src/`, an `app/`), its subfolders say more about the
 * structure than it does: it is split into them, as long as the groups stay few enough to draw.
 */
function assignGroups(
  modules: readonly GroupedModule[],
  packages: readonly { name: string; dir: string }[],
): Assignment[] {
  const folders = packageByFolder(packages)
  const assignments = modules.map((module) => firstAssignment(module.path, folders))
  for (;;) {
    const sizes = new Map<string, number>()
    for (const { key, kind } of assignments) if (kind === 'folder') sizes.set(key, (sizes.get(key) ?? 0) + 1)
    const [dominant, size] = [...sizes].sort((left, right) => right[1] - left[1])[0] ?? ['', 0]
    if (dominant === '' || size * 2 <= modules.length) return assignments
    const moved = new Map<number, string>()
    assignments.forEach((assignment, index) => {
      if (assignment.kind === 'folder' && assignment.key === dominant)
        moved.set(index, oneLevelDown(modules[index]?.path ?? '', dominant))
    })
    const subfolders = new Set(moved.values())
    if (subfolders.size === 1 && subfolders.has(dominant)) return assignments
    if (groupCount(assignments) - 1 + subfolders.size > MAX_GROUPS) return assignments
    for (const [index, key] of moved) assignments[index] = { key, kind: 'folder' }
  }
}

function groupOf({ key, kind }: Assignment): { name: string; kind: ModuleGroupKind } {
  if (kind === 'package') return { name: key, kind }
  return key === '' ? { name: ROOT_GROUP, kind: 'root' } : { name: `${key}/`, kind }
}

/**
 * The modules in groups a reader can take in at a glance (workspace packages, top-level folders,
 * the subfolders of a folder holding most of the code), and the imports between the groups.
 */
export function groupModules(
  modules: readonly GroupedModule[],
  packages: readonly { name: string; dir: string }[],
  dependencies: Iterable<ModuleDependency>,
): ModuleGroups {
  const named = assignGroups(modules, packages).map(groupOf)
  const tally = new Map<string, ModuleGroup>()
  named.forEach(({ name, kind }, index) => {
    const group = tally.get(name) ?? { name, kind, files: 0, lines: 0 }
    group.files += 1
    group.lines += modules[index]?.lines ?? 0
    tally.set(name, group)
  })
  const bySize = [...tally.values()].sort(
    (left, right) => right.files - left.files || compareText(left.name, right.name),
  )
  const kept = bySize.slice(0, bySize.length > MAX_GROUPS ? MAX_GROUPS - 1 : MAX_GROUPS)
  const folded = bySize.slice(kept.length)
  const keptNames = new Set(kept.map((group) => group.name))
  const groups =
    folded.length === 0
      ? kept
      : [
          ...kept,
          {
            name: OTHER_GROUP,
            kind: 'other' as const,
            files: folded.reduce((sum, group) => sum + group.files, 0),
            lines: folded.reduce((sum, group) => sum + group.lines, 0),
          },
        ]
  const finalName = named.map(({ name }) => (keptNames.has(name) ? name : OTHER_GROUP))

  const edgeImports = new Map<string, GroupEdge>()
  for (const { from, to, imports } of dependencies) {
    const source = finalName[from]
    const target = finalName[to]
    if (source === undefined || target === undefined || source === target) continue
    const key = `${source}\0${target}`
    const edge = edgeImports.get(key) ?? { from: source, to: target, imports: 0 }
    edge.imports += imports
    edgeImports.set(key, edge)
  }
  const groupEdges = [...edgeImports.values()].sort(
    (left, right) =>
      right.imports - left.imports || compareText(left.from, right.from) || compareText(left.to, right.to),
  )
  return { groups, groupEdges }
}
