import type { Importer, ManifestRead, Warn } from './model'
import { folderOf } from './values'
import { inWorkspaces } from './workspace-globs'

/** A folder with an npm-family lockfile, and the package.json files that lockfile installs. */
export interface NpmProject {
  folder: string
  importers: Importer[]
}

/** `folder` relative to `root`, or null when it is not inside it. */
function relativeTo(root: string, folder: string): string | null {
  if (root === '') return folder
  if (folder === root) return ''
  return folder.startsWith(`${root}/`) ? folder.slice(root.length + 1) : null
}

/**
 * The project of each lockfile folder: its own package.json and the workspaces its globs name
 * (npm/yarn `workspaces`, pnpm-workspace.yaml). Two workspaces with one name are reported: the
 * package manager refuses them, and which one a dependency links to is undecidable.
 */
export function npmProjects(
  lockfileFolders: ReadonlySet<string>,
  npmManifests: readonly ManifestRead[],
  warn: Warn,
): NpmProject[] {
  const byFolder = new Map(npmManifests.map((manifest) => [folderOf(manifest.path), manifest]))
  return [...lockfileFolders].sort().map((folder) => {
    const root = byFolder.get(folder)
    const globs = root?.workspaces ?? []
    const importers: Importer[] = root === undefined ? [] : [{ folder: '', manifest: root }]
    if (globs.length > 0) {
      for (const manifest of npmManifests) {
        const relative = relativeTo(folder, folderOf(manifest.path))
        if (relative === null || relative === '' || !inWorkspaces(globs, relative)) continue
        importers.push({ folder: relative, manifest })
      }
    }
    const owners = new Map<string, string>()
    for (const { manifest } of importers) {
      if (manifest.name === null) continue
      const owner = owners.get(manifest.name)
      if (owner === undefined) owners.set(manifest.name, manifest.path)
      else
        warn(
          `Two workspaces are both named "${manifest.name}" (${owner} and ${manifest.path}): package managers refuse this, and links to the name are ambiguous`,
          manifest.path,
        )
    }
    markWorkspaceLinks(importers)
    return { folder, importers }
  })
}

/**
 * A dependency on a sibling workspace by name (`"@acme/shared": "*"`) is linked by the package
 * manager, not fetched: it is a workspace dependency, and its range pins nothing.
 */
function markWorkspaceLinks(importers: readonly Importer[]): void {
  const names = new Set(importers.flatMap(({ manifest }) => (manifest.name === null ? [] : [manifest.name])))
  for (const { manifest } of importers) {
    for (const dependency of manifest.dependencies) {
      if (dependency.source !== 'registry' || !names.has(dependency.name)) continue
      dependency.source = 'workspace'
      dependency.unpinned = false
    }
  }
}
