import { splitDescriptor } from './descriptor'
import type { LockContents, LockNode, LockRoot, Warn } from './model'
import { clip, describeValue, isRecord, own, stringOf, type JsonRecord } from './values'

/**
 * pnpm-lock.yaml, lockfile versions 5.x (`/name/1.0.0` keys), 6.x (`/name@1.0.0(peer@2)`) and 9.x
 * (`name@1.0.0`, metadata in `packages`, the graph in `snapshots`, no dev flags). Importers are the
 * workspace folders (`.` is the root); a single-project v5 lockfile keeps them at the top level.
 */

type Shape = 5 | 6 | 9

const IMPORTER_GROUPS: readonly (readonly [string, boolean])[] = [
  ['dependencies', false],
  ['optionalDependencies', false],
  ['devDependencies', true],
]

function text(value: unknown): string | null {
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  return null
}

function shapeOf(version: unknown): Shape | null {
  const major = Number.parseInt(text(version) ?? '', 10)
  if (major === 5) return 5
  if (major === 6) return 6
  if (major === 9) return 9
  return null
}

/** Name and version from a package key, for entries that do not state them. */
function fromKey(key: string, shape: Shape): { name: string; version: string } | null {
  const bare = key.replace(/^\//, '')
  if (shape === 5) {
    const segments = bare.split('/')
    const scoped = segments[0]?.startsWith('@') ?? false
    const name = scoped ? `${segments[0] ?? ''}/${segments[1] ?? ''}` : (segments[0] ?? '')
    const version = (scoped ? segments[2] : segments[1])?.split('_')[0]
    return version === undefined || name === '' ? null : { name, version }
  }
  const { name, range } = splitDescriptor(bare)
  const version = range.split('(')[0] ?? ''
  return version === '' ? null : { name, version }
}

/** A reference (`1.2.3`, `1.2.3(react@18.2.0)`, `/other/1.0.0`, `other@1.0.0`, `link:../a`) as a package id. */
function referenceResolver(ids: ReadonlySet<string>): (name: string, reference: string) => string | null {
  return (name, reference) => {
    if (reference.startsWith('link:')) return null
    for (const candidate of [
      reference,
      `/${name}@${reference}`,
      `/${name}/${reference}`,
      `${name}@${reference}`,
    ]) {
      if (ids.has(candidate)) return candidate
    }
    return null
  }
}

function referencePairs(entry: JsonRecord, fields: readonly string[]): [string, string][] {
  return fields.flatMap((field) => {
    const map = own(entry, field)
    if (!isRecord(map)) return []
    return Object.entries(map).flatMap(([name, value]) => {
      // v6 and v9 importers write `{ specifier, version }`; packages and v5 write the version alone.
      const reference = isRecord(value) ? text(own(value, 'version')) : text(value)
      return reference === null ? [] : [[name, reference] as [string, string]]
    })
  })
}

function importersOf(data: JsonRecord): [string, JsonRecord][] {
  const importers = own(data, 'importers')
  if (isRecord(importers)) {
    return Object.entries(importers).flatMap(([folder, entry]) =>
      isRecord(entry)
        ? [[folder === '.' ? '' : folder.replace(/^\.\//, ''), entry] as [string, JsonRecord]]
        : [],
    )
  }
  return [['', data]]
}

export function readPnpmLockfile(path: string, data: unknown, warn: Warn): LockContents | null {
  if (data === undefined) return null
  if (!isRecord(data)) {
    warn(`The lockfile holds ${describeValue(data)}, not a mapping, so it was skipped`, path)
    return null
  }
  const version = own(data, 'lockfileVersion')
  const shape = shapeOf(version)
  if (shape === null) {
    warn(
      version === undefined
        ? 'The lockfile has no lockfileVersion, so its packages were not read'
        : `lockfileVersion ${clip(JSON.stringify(version) ?? '', 40)} is not one Diligent reads (5, 6 or 9), so its packages were not read`,
      path,
    )
    return null
  }
  const packagesValue = own(data, 'packages')
  const snapshotsValue = own(data, 'snapshots')
  const packages: JsonRecord = isRecord(packagesValue) ? packagesValue : {}
  // v9 keeps the graph (one entry per peer variant) in snapshots; older versions in packages.
  const graph: JsonRecord = shape === 9 && isRecord(snapshotsValue) ? snapshotsValue : packages
  const ids = new Set(Object.keys(graph))
  const resolveReference = referenceResolver(ids)

  const nodes: LockNode[] = []
  let malformed = 0
  for (const [key, value] of Object.entries(graph)) {
    if (!isRecord(value)) {
      malformed += 1
      continue
    }
    const metadataValue = graph === packages ? value : own(packages, key.split('(')[0] ?? key)
    const metadata: JsonRecord = isRecord(metadataValue) ? metadataValue : {}
    const keyed = fromKey(key, shape)
    const name = stringOf(own(metadata, 'name')) ?? keyed?.name ?? null
    const version = text(own(metadata, 'version')) ?? keyed?.version ?? null
    if (name === null || version === null) {
      malformed += 1
      continue
    }
    const dev = own(value, 'dev')
    nodes.push({
      id: key,
      name: clip(name),
      version: clip(version),
      license: null,
      installScript: own(metadata, 'requiresBuild') === true || own(value, 'requiresBuild') === true,
      // v5/v6: dev true = dev only, false = production only, absent = both (so production).
      dev: shape === 9 ? null : dev === true,
      needs: referencePairs(value, ['dependencies', 'optionalDependencies']).flatMap(
        ([dependency, reference]) => resolveReference(dependency, reference) ?? [],
      ),
      workspace: false,
    })
  }
  if (malformed > 0)
    warn(`${malformed} package entr${malformed === 1 ? 'y is' : 'ies are'} malformed and were skipped`, path)

  const roots: LockRoot[] = []
  const recorded = new Map<string, Set<string>>()
  for (const [folder, importer] of importersOf(data)) {
    const names = new Set<string>()
    for (const [field, dev] of IMPORTER_GROUPS) {
      for (const [name, reference] of referencePairs(importer, [field])) {
        names.add(name)
        roots.push({ folder, name, dev, id: resolveReference(name, reference) })
      }
    }
    recorded.set(folder, names)
  }
  // Importers record resolved versions, not ranges: a declared range resolves through them.
  const rootIds = new Map(roots.map((root) => [`${root.folder}\0${root.name}`, root.id]))
  return {
    kind: 'pnpm',
    nodes,
    roots,
    recorded,
    resolve: (name, _range, folder) => rootIds.get(`${folder}\0${name}`) ?? null,
  }
}
