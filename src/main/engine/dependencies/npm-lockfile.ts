import type { LockContents, LockNode, LockRoot, Warn } from './model'
import { aliasTarget } from './descriptor'
import { clip, describeValue, isRecord, own, stringOf, type JsonRecord } from './values'

/** npm v1 nests `dependencies` per install level; real trees stay far below this. */
export const MAX_NPM_V1_DEPTH = 200
const NODE_MODULES = 'node_modules/'

/** The licence a lockfile entry records: a string, or the legacy `{ type }` object. */
function licenceOf(entry: JsonRecord): string | null {
  const license = own(entry, 'license')
  if (typeof license === 'string') return license.trim() === '' ? null : clip(license.trim())
  if (isRecord(license)) return stringOf(own(license, 'type'))
  return null
}

/** The roots an importer entry of the `packages` map declares (npm v2/v3). */
function importerRoots(folder: string, entry: JsonRecord, resolve: LockContents['resolve']): LockRoot[] {
  const roots: LockRoot[] = []
  for (const [field, dev] of [
    ['dependencies', false],
    ['optionalDependencies', false],
    ['devDependencies', true],
  ] as const) {
    const declared = own(entry, field)
    if (!isRecord(declared)) continue
    for (const [name, range] of Object.entries(declared)) {
      roots.push({ folder, name, dev, id: resolve(name, typeof range === 'string' ? range : '', folder) })
    }
  }
  return roots
}

function recordedNames(entry: JsonRecord): Set<string> {
  const names = new Set<string>()
  for (const field of ['dependencies', 'optionalDependencies', 'devDependencies', 'peerDependencies']) {
    const declared = own(entry, field)
    if (isRecord(declared)) for (const name of Object.keys(declared)) names.add(name)
  }
  return names
}

/** Where node's resolution finds `name` for an importer: its own node_modules, else the hoisted one. */
function resolverOver(keys: ReadonlySet<string>): LockContents['resolve'] {
  return (name, _range, folder) => {
    const own = folder === '' ? null : `${folder}/${NODE_MODULES}${name}`
    if (own !== null && keys.has(own)) return own
    const hoisted = `${NODE_MODULES}${name}`
    return keys.has(hoisted) ? hoisted : null
  }
}

/** npm 7+ (`packages` keyed by install path): one pass over the map. */
function readPackagesMap(
  packages: JsonRecord,
  kind: 'npm-v2' | 'npm-v3',
  path: string,
  warn: Warn,
): LockContents {
  const keys = new Set<string>()
  const nodes: LockNode[] = []
  const importers: [string, JsonRecord][] = []
  let malformed = 0
  for (const [key, entry] of Object.entries(packages)) {
    if (!isRecord(entry)) {
      malformed += 1
      continue
    }
    const at = key.lastIndexOf(NODE_MODULES)
    if (at === -1 || (at > 0 && key[at - 1] !== '/')) {
      // The project itself, a workspace folder, or the target of a file: dependency.
      importers.push([key, entry])
      continue
    }
    keys.add(key)
    if (own(entry, 'link') === true) continue
    const version = stringOf(own(entry, 'version'))
    if (version === null) {
      malformed += 1
      continue
    }
    nodes.push({
      id: key,
      name: clip(stringOf(own(entry, 'name')) ?? key.slice(at + NODE_MODULES.length)),
      version: clip(version),
      license: licenceOf(entry),
      installScript: own(entry, 'hasInstallScript') === true,
      dev: own(entry, 'dev') === true,
      needs: [],
      workspace: false,
    })
  }
  if (malformed > 0)
    warn(`${malformed} package entr${malformed === 1 ? 'y is' : 'ies are'} malformed and were skipped`, path)
  const resolve = resolverOver(keys)
  const hasRoot = importers.some(([folder]) => folder === '')
  return {
    kind,
    nodes,
    roots: hasRoot ? importers.flatMap(([folder, entry]) => importerRoots(folder, entry, resolve)) : null,
    recorded: hasRoot ? new Map(importers.map(([folder, entry]) => [folder, recordedNames(entry)])) : null,
    resolve,
  }
}

/** npm 5/6 (`dependencies` nested per level), walked with an explicit stack, never recursion. */
function readNestedDependencies(
  dependencies: JsonRecord,
  kind: 'npm-v1' | 'npm-v2',
  path: string,
  warn: Warn,
): LockContents {
  const keys = new Set<string>()
  const nodes: LockNode[] = []
  const stack: { prefix: string; entries: JsonRecord; depth: number }[] = [
    { prefix: '', entries: dependencies, depth: 1 },
  ]
  let malformed = 0
  let tooDeep = 0
  for (let level = stack.pop(); level !== undefined; level = stack.pop()) {
    for (const [name, entry] of Object.entries(level.entries)) {
      const version = isRecord(entry) ? stringOf(own(entry, 'version')) : null
      if (!isRecord(entry) || version === null) {
        malformed += 1
        continue
      }
      const key = `${level.prefix}${NODE_MODULES}${name}`
      keys.add(key)
      // An alias records its target as `npm:real@1.2.3`.
      const target = aliasTarget(name, version)
      nodes.push({
        id: key,
        name: clip(target.name),
        version: clip(target.range),
        license: null,
        installScript: false,
        dev: own(entry, 'dev') === true,
        needs: [],
        workspace: false,
      })
      const nested = own(entry, 'dependencies')
      if (!isRecord(nested)) continue
      if (level.depth >= MAX_NPM_V1_DEPTH) tooDeep += 1
      else stack.push({ prefix: `${key}/`, entries: nested, depth: level.depth + 1 })
    }
  }
  if (malformed > 0)
    warn(
      `${malformed} dependency entr${malformed === 1 ? 'y is' : 'ies are'} malformed and were skipped`,
      path,
    )
  if (tooDeep > 0) {
    warn(
      `Dependencies nested deeper than ${MAX_NPM_V1_DEPTH} levels were not read (${tooDeep} branches)`,
      path,
    )
  }
  return { kind, nodes, roots: null, recorded: null, resolve: resolverOver(keys) }
}

/** package-lock.json or npm-shrinkwrap.json, lockfileVersion 1, 2 or 3; null (with a warning) otherwise. */
export function readNpmLockfile(path: string, data: unknown, warn: Warn): LockContents | null {
  if (data === undefined) return null
  if (!isRecord(data)) {
    warn(`The lockfile holds ${describeValue(data)}, not an object, so it was skipped`, path)
    return null
  }
  const version = own(data, 'lockfileVersion')
  const packages = own(data, 'packages')
  const dependencies = own(data, 'dependencies')
  if ((version === 2 || version === 3) && isRecord(packages)) {
    return readPackagesMap(packages, version === 2 ? 'npm-v2' : 'npm-v3', path, warn)
  }
  if (version === 2 && isRecord(dependencies))
    return readNestedDependencies(dependencies, 'npm-v2', path, warn)
  if (version === 1 || (version === undefined && isRecord(dependencies))) {
    return readNestedDependencies(isRecord(dependencies) ? dependencies : {}, 'npm-v1', path, warn)
  }
  if (version === 2 || version === 3) {
    warn(`lockfileVersion ${version} without a "packages" map, so its packages were not read`, path)
    return null
  }
  if (version === undefined) {
    warn('The lockfile has neither a lockfileVersion nor dependencies, so nothing was read from it', path)
    return null
  }
  warn(
    `lockfileVersion ${clip(JSON.stringify(version) ?? '', 40)} is not one Diligent reads (1, 2 or 3), so its packages were not read`,
    path,
  )
  return null
}
