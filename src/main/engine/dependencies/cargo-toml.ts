import type { DependencySource } from '../../../shared/domain/facts/dependency-facts'
import { constraintUnbounded } from './constraints'
import type { Declared, ManifestRead } from './model'
import { isTable, type TomlTable, type TomlValue } from './toml'
import { tomlAt, tomlString, tomlStrings, tomlTableAt } from './toml-values'
import { append, clip } from './values'

const TABLES: readonly (readonly [string, boolean])[] = [
  ['dependencies', false],
  ['build-dependencies', false],
  ['dev-dependencies', true],
]

/** `serde = "1"`, or `{ version = "1" }`, `{ git = "…" }`, `{ path = "…" }`, `{ workspace = true }`. */
function cargoDependency(key: string, value: TomlValue, dev: boolean): Declared | null {
  const group = dev ? ('dev' as const) : ('prod' as const)
  if (typeof value === 'string') {
    return {
      name: clip(key),
      range: clip(value),
      dev,
      group,
      source: 'registry',
      unpinned: constraintUnbounded(value),
    }
  }
  if (!isTable(value)) return null
  // `package = "real-name"` renames a dependency; the crate is the real name.
  const name = clip(tomlString(value.get('package')) ?? key)
  const git = tomlString(value.get('git'))
  const path = tomlString(value.get('path'))
  const version = tomlString(value.get('version')) ?? ''
  let source: DependencySource = 'registry'
  if (value.get('workspace') === true) source = 'workspace'
  else if (git !== null) source = 'git'
  else if (path !== null) source = 'file'
  return {
    name,
    range: clip(source === 'registry' || source === 'workspace' ? version : (git ?? path ?? version)),
    dev,
    group,
    source,
    unpinned: source === 'registry' && constraintUnbounded(version),
  }
}

function dependencyTables(scope: TomlTable): Declared[] {
  return TABLES.flatMap(([name, dev]) =>
    [...(tomlTableAt(scope, [name]) ?? [])].flatMap(([key, value]) => cargoDependency(key, value, dev) ?? []),
  )
}

/** Cargo.toml: the package, its dependency tables (also per target), and a workspace's members. */
export function readCargoToml(path: string, document: TomlTable): ManifestRead {
  const dependencies = dependencyTables(document)
  for (const [, target] of tomlTableAt(document, ['target']) ?? []) {
    if (isTable(target)) append(dependencies, dependencyTables(target))
  }
  const workspace = tomlTableAt(document, ['workspace'])
  if (workspace !== null) append(dependencies, dependencyTables(workspace))
  const name = tomlString(tomlAt(document, ['package', 'name']))
  const version = tomlString(tomlAt(document, ['package', 'version']))
  const license = tomlString(tomlAt(document, ['package', 'license']))
  return {
    path,
    ecosystem: 'cargo',
    name: name === null ? null : clip(name),
    version: version === null ? null : clip(version),
    license: license === null ? null : clip(license),
    nodeEngine: null,
    workspaces: tomlStrings(workspace?.get('members')).map((glob) => clip(glob)),
    dependencies,
  }
}
