import { splitDescriptor } from './descriptor'
import type { LockContents, LockNode, Warn } from './model'
import { clip, describeValue, isRecord, own, type JsonRecord } from './values'

/** A YAML scalar as text: berry writes versions and ranges as strings, YAML may read some as numbers. */
function text(value: unknown): string | null {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return null
}

function dependencyPairs(entry: JsonRecord): [string, string][] {
  const dependencies = own(entry, 'dependencies')
  if (!isRecord(dependencies)) return []
  return Object.entries(dependencies).flatMap(([name, range]) => {
    const value = text(range)
    return value === null ? [] : [[name, value] as [string, string]]
  })
}

/** The workspace folder of a `name@workspace:path` resolution, '' for the root. */
function workspaceFolder(resolution: string): string | null {
  const marker = resolution.indexOf('@workspace:', 1)
  if (marker === -1) return null
  const folder = resolution.slice(marker + '@workspace:'.length)
  return folder === '.' ? '' : folder.replace(/^\.\//, '')
}

/**
 * yarn.lock from yarn 2+ (YAML with `__metadata`): entries keyed by comma-separated descriptors
 * (`a@npm:^1, a@npm:^1.2`), workspaces as `name@workspace:path` entries listing what they declare.
 */
export function readYarnBerryLockfile(path: string, data: unknown, warn: Warn): LockContents | null {
  if (data === undefined) return null
  if (!isRecord(data)) {
    warn(`The lockfile holds ${describeValue(data)}, not a mapping, so it was skipped`, path)
    return null
  }
  const ids = new Map<string, string>()
  const entries: [string, JsonRecord][] = []
  let malformed = 0
  for (const [key, entry] of Object.entries(data)) {
    if (key === '__metadata') continue
    if (!isRecord(entry)) {
      malformed += 1
      continue
    }
    entries.push([key, entry])
    for (const descriptor of key.split(',')) ids.set(descriptor.trim(), key)
  }
  const lookup = (name: string, range: string): string | null =>
    ids.get(`${name}@${range}`) ?? ids.get(`${name}@npm:${range}`) ?? null

  const nodes: LockNode[] = []
  const recorded = new Map<string, Set<string>>()
  for (const [key, entry] of entries) {
    const resolution = text(own(entry, 'resolution')) ?? key.split(',')[0]?.trim() ?? key
    const version = text(own(entry, 'version'))
    if (version === null) {
      malformed += 1
      continue
    }
    const pairs = dependencyPairs(entry)
    const folder = workspaceFolder(resolution)
    if (folder !== null) {
      const peers = own(entry, 'peerDependencies')
      recorded.set(
        folder,
        new Set([...pairs.map(([name]) => name), ...(isRecord(peers) ? Object.keys(peers) : [])]),
      )
    }
    nodes.push({
      id: key,
      name: clip(splitDescriptor(resolution).name),
      version: clip(version),
      license: null,
      installScript: false,
      dev: null,
      needs: pairs.flatMap(([name, range]) => lookup(name, range) ?? []),
      workspace: folder !== null,
    })
  }
  if (malformed > 0)
    warn(`${malformed} entr${malformed === 1 ? 'y is' : 'ies are'} malformed and were skipped`, path)
  return {
    kind: 'yarn-berry',
    nodes,
    roots: null,
    recorded: recorded.size === 0 ? null : recorded,
    resolve: lookup,
  }
}
