import type { Manifest } from '../../../shared/domain/facts/dependency-facts'
import { dirnameOf } from './repo-paths'
import type { WorkspacePackage } from './resolve-module'

/** The repository's own npm packages, by name and folder: imports of them are internal, not third-party. */
export function workspacePackagesOf(manifests: readonly Manifest[]): WorkspacePackage[] {
  return manifests
    .filter((manifest) => manifest.ecosystem === 'npm' && manifest.name !== null)
    .map((manifest) => ({ name: manifest.name as string, dir: dirnameOf(manifest.path) }))
}
