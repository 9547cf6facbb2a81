import { constraintUnbounded } from './constraints'
import type { Declared, ManifestRead } from './model'
import { locationSource, parseRequirement } from './python-requirement'
import { isTable, type TomlTable, type TomlValue } from './toml'
import { tomlAt, tomlString, tomlStrings, tomlTableAt } from './toml-values'
import { append, clip } from './values'

/** Optional-dependency and dependency-group names that mean "for developing this project". */
const DEV_GROUPS = new Set([
  'dev',
  'develop',
  'development',
  'test',
  'tests',
  'testing',
  'lint',
  'docs',
  'doc',
  'typing',
])

function pep508List(value: TomlValue | undefined, dev: boolean): Declared[] {
  return tomlStrings(value).flatMap((text) => {
    const requirement = parseRequirement(text)
    return requirement === null
      ? []
      : [{ ...requirement, dev, group: dev ? ('dev' as const) : ('prod' as const) }]
  })
}

/** A Poetry dependency: `"^2.0"`, `{ version = "^2.0", optional = true }`, `{ git = "…" }`, `{ path = "…" }`. */
function poetryDependency(name: string, value: TomlValue, dev: boolean): Declared | null {
  if (name.toLowerCase() === 'python') return null
  const spec = Array.isArray(value) ? value[0] : value
  const group = dev ? ('dev' as const) : ('prod' as const)
  if (typeof spec === 'string') {
    return {
      name: clip(name),
      range: clip(spec),
      dev,
      group,
      source: 'registry',
      unpinned: constraintUnbounded(spec),
    }
  }
  if (!isTable(spec)) return null
  const location = tomlString(spec.get('git')) ?? tomlString(spec.get('url')) ?? tomlString(spec.get('path'))
  if (location !== null) {
    const source = spec.has('git') ? 'git' : spec.has('path') ? 'file' : locationSource(location)
    return { name: clip(name), range: clip(location), dev, group, source, unpinned: false }
  }
  const version = tomlString(spec.get('version')) ?? ''
  return {
    name: clip(name),
    range: clip(version),
    dev,
    group,
    source: 'registry',
    unpinned: constraintUnbounded(version),
  }
}

function poetryTable(table: TomlTable | null, dev: boolean): Declared[] {
  if (table === null) return []
  return [...table].flatMap(([name, value]) => poetryDependency(name, value, dev) ?? [])
}

function licenceOf(document: TomlTable): string | null {
  const project = tomlAt(document, ['project', 'license'])
  const text = isTable(project) ? tomlString(project.get('text')) : tomlString(project)
  const license = text ?? tomlString(tomlAt(document, ['tool', 'poetry', 'license']))
  return license === null || license.trim() === '' ? null : clip(license.trim())
}

/** pyproject.toml: PEP 621 `[project]` dependencies and groups, and Poetry's dependency tables. */
export function readPyprojectToml(path: string, document: TomlTable): ManifestRead {
  const dependencies: Declared[] = [...pep508List(tomlAt(document, ['project', 'dependencies']), false)]
  for (const [group, list] of tomlTableAt(document, ['project', 'optional-dependencies']) ?? []) {
    if (DEV_GROUPS.has(group.toLowerCase())) append(dependencies, pep508List(list, true))
  }
  for (const [, list] of tomlTableAt(document, ['dependency-groups']) ?? []) {
    append(dependencies, pep508List(list, true))
  }
  const poetry = tomlTableAt(document, ['tool', 'poetry'])
  if (poetry !== null) {
    append(dependencies, poetryTable(tomlTableAt(poetry, ['dependencies']), false))
    append(dependencies, poetryTable(tomlTableAt(poetry, ['dev-dependencies']), true))
    for (const [, group] of tomlTableAt(poetry, ['group']) ?? []) {
      if (isTable(group)) append(dependencies, poetryTable(tomlTableAt(group, ['dependencies']), true))
    }
  }
  const name = tomlString(tomlAt(document, ['project', 'name'])) ?? tomlString(poetry?.get('name'))
  const version = tomlString(tomlAt(document, ['project', 'version'])) ?? tomlString(poetry?.get('version'))
  return {
    path,
    ecosystem: 'pypi',
    name: name === null ? null : clip(name),
    version: version === null ? null : clip(version),
    license: licenceOf(document),
    nodeEngine: null,
    workspaces: tomlStrings(tomlAt(document, ['tool', 'uv', 'workspace', 'members'])).map((glob) =>
      clip(glob),
    ),
    dependencies,
  }
}
