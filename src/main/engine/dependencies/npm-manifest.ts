import type { Declared, DependencyGroup, ManifestRead, Warn } from './model'
import { npmSource, npmUnpinned } from './npm-range'
import { clip, describeValue, isRecord, own, stringOf, type JsonRecord } from './values'

const GROUPS: readonly (readonly [string, DependencyGroup])[] = [
  ['dependencies', 'prod'],
  ['devDependencies', 'dev'],
  ['optionalDependencies', 'optional'],
  ['peerDependencies', 'peer'],
]

/**
 * The licence a package.json states: `license` as written, its legacy `{ type }` object form, or the
 * legacy `licenses` array, whose entries were alternatives (the licensee may pick one).
 */
export function npmLicenceField(record: JsonRecord): string | null {
  const license = own(record, 'license')
  if (typeof license === 'string') return license.trim() === '' ? null : clip(license.trim())
  if (isRecord(license)) return stringOf(own(license, 'type'))
  const licenses = own(record, 'licenses')
  if (!Array.isArray(licenses)) return null
  const types = licenses
    .map((entry) => (isRecord(entry) ? stringOf(own(entry, 'type')) : stringOf(entry)))
    .filter((type): type is string => type !== null && type.trim() !== '')
  if (types.length === 0) return null
  return clip(types.length === 1 ? (types[0] ?? '') : `(${types.join(' OR ')})`)
}

/** Workspace globs: the `workspaces` array, or yarn's `{ packages: [...] }` object form. */
function workspaceGlobs(record: JsonRecord): string[] {
  const workspaces = own(record, 'workspaces')
  const list = isRecord(workspaces) ? own(workspaces, 'packages') : workspaces
  if (!Array.isArray(list)) return []
  return list.filter((glob): glob is string => typeof glob === 'string').map((glob) => clip(glob))
}

function declared(record: JsonRecord, path: string, warn: Warn): Declared[] {
  const dependencies: Declared[] = []
  let skipped = 0
  for (const [field, group] of GROUPS) {
    const entries = own(record, field)
    if (entries === undefined) continue
    if (!isRecord(entries)) {
      warn(`"${field}" is ${describeValue(entries)}, not an object, so it was skipped`, path)
      continue
    }
    for (const [name, range] of Object.entries(entries)) {
      if (typeof range !== 'string') {
        skipped += 1
        continue
      }
      const source = npmSource(range)
      dependencies.push({
        name: clip(name),
        range: clip(range),
        dev: group === 'dev',
        source,
        unpinned: source === 'registry' && npmUnpinned(range),
        group,
      })
    }
  }
  if (skipped > 0)
    warn(
      `${skipped} dependency entr${skipped === 1 ? 'y has' : 'ies have'} no version string and were skipped`,
      path,
    )
  return dependencies
}

/** A package.json's name, licence, engine, workspaces and dependencies; null (with a warning) if it is not an object. */
export function readNpmManifest(path: string, data: unknown, warn: Warn): ManifestRead | null {
  if (data === undefined) return null
  if (!isRecord(data)) {
    warn(`package.json holds ${describeValue(data)}, not an object, so it was skipped`, path)
    return null
  }
  const engines = own(data, 'engines')
  const name = stringOf(own(data, 'name'))
  const version = stringOf(own(data, 'version'))
  const nodeEngine = isRecord(engines) ? stringOf(own(engines, 'node')) : null
  return {
    path,
    ecosystem: 'npm',
    name: name === null ? null : clip(name),
    version: version === null ? null : clip(version),
    license: npmLicenceField(data),
    nodeEngine: nodeEngine === null ? null : clip(nodeEngine),
    workspaces: workspaceGlobs(data),
    dependencies: declared(data, path, warn),
  }
}
