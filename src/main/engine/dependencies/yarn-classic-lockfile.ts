import { aliasTarget, splitDescriptor } from './descriptor'
import type { LockContents, LockNode, Warn } from './model'
import { clip } from './values'

/**
 * yarn.lock v1, read line by line: an unindented `"a@^1", a@^1.2:` header per entry, two-space
 * fields (`version "1.2.3"`), and four-space entries under `dependencies:` and `optionalDependencies:`.
 * Memory grows with the entries, never with nesting; a line it cannot place is counted and reported.
 */

interface Entry {
  descriptors: string[]
  version: string | null
  needs: [string, string][]
}

const CONFLICT_MARKER = /^(<{7}|={7}|>{7})/
const GRAPH_SECTIONS = new Set(['dependencies', 'optionalDependencies'])

/** A quoted token's value (JSON escapes), or the text itself. */
function unquote(token: string): string {
  if (!token.startsWith('"')) return token
  try {
    const value: unknown = JSON.parse(token)
    return typeof value === 'string' ? value : token
  } catch {
    return token.replace(/^"|"$/g, '')
  }
}

/** The first token (quoted or bare) and the rest of the line. */
function splitToken(text: string): [string, string] {
  if (text.startsWith('"')) {
    let index = 1
    while (index < text.length && text[index] !== '"') index += text[index] === '\\' ? 2 : 1
    return [unquote(text.slice(0, index + 1)), text.slice(index + 1).trim()]
  }
  const space = text.search(/\s/)
  return space === -1 ? [text, ''] : [text.slice(0, space), text.slice(space + 1).trim()]
}

/** `"a@^1", a@~1.2` → the descriptors, commas inside quotes kept. */
function headerDescriptors(header: string): string[] {
  const descriptors: string[] = []
  let rest = header.trim()
  while (rest !== '') {
    const [token, after] = rest.startsWith('"') ? splitToken(rest) : splitBare(rest)
    if (token !== '') descriptors.push(token)
    rest = after.replace(/^,\s*/, '')
  }
  return descriptors
}

function splitBare(text: string): [string, string] {
  const comma = text.indexOf(',')
  return comma === -1 ? [text.trim(), ''] : [text.slice(0, comma).trim(), text.slice(comma)]
}

function indentOf(line: string): number {
  let indent = 0
  while (line[indent] === ' ') indent += 1
  return indent
}

function parseEntries(text: string): { entries: Entry[]; unreadable: number; conflicts: boolean } {
  const entries: Entry[] = []
  let current: Entry | null = null
  let section: string | null = null
  let unreadable = 0
  let conflicts = false
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimEnd()
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue
    if (CONFLICT_MARKER.test(line)) {
      conflicts = true
      continue
    }
    const indent = indentOf(line)
    const content = line.slice(indent)
    if (indent === 0 && content.endsWith(':')) {
      current = { descriptors: headerDescriptors(content.slice(0, -1)), version: null, needs: [] }
      entries.push(current)
      section = null
    } else if (indent === 2 && current !== null) {
      if (content.endsWith(':')) {
        section = unquote(content.slice(0, -1))
        continue
      }
      section = null
      const [key, value] = splitToken(content)
      if (key === 'version') current.version = unquote(value)
    } else if (indent === 4 && current !== null && section !== null) {
      if (!GRAPH_SECTIONS.has(section)) continue
      const [name, range] = splitToken(content)
      current.needs.push([name, unquote(range)])
    } else {
      unreadable += 1
    }
  }
  return { entries, unreadable, conflicts }
}

export function readYarnClassicLockfile(path: string, text: string, warn: Warn): LockContents {
  const { entries, unreadable, conflicts } = parseEntries(text)
  if (conflicts)
    warn('The lockfile has unresolved merge-conflict markers; entries around them may be missing', path)
  if (unreadable > 0)
    warn(`${unreadable} line${unreadable === 1 ? '' : 's'} could not be read and were skipped`, path)
  const ids = new Map<string, string>()
  for (const entry of entries) {
    const id = entry.descriptors[0]
    if (id !== undefined) for (const descriptor of entry.descriptors) ids.set(descriptor, id)
  }
  let versionless = 0
  const nodes: LockNode[] = []
  for (const entry of entries) {
    const id = entry.descriptors[0]
    if (id === undefined) continue
    if (entry.version === null) {
      versionless += 1
      continue
    }
    const descriptor = splitDescriptor(id)
    nodes.push({
      id,
      name: clip(aliasTarget(descriptor.name, descriptor.range).name),
      version: clip(entry.version),
      license: null,
      installScript: false,
      dev: null,
      needs: entry.needs.flatMap(([name, range]) => ids.get(`${name}@${range}`) ?? []),
      workspace: false,
    })
  }
  if (versionless > 0)
    warn(`${versionless} entr${versionless === 1 ? 'y has' : 'ies have'} no version and were skipped`, path)
  return {
    kind: 'yarn-classic',
    nodes,
    roots: null,
    recorded: null,
    resolve: (name, range) => ids.get(`${name}@${range}`) ?? null,
  }
}
