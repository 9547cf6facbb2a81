import type { Declared, ManifestRead } from './model'
import { clip } from './values'

/** `module/path v1.2.3 // indirect` inside a require block, or after `require` on one line. */
const REQUIREMENT = /^("?)([^\s"]+)\1\s+(\S+)(.*)$/

function unquote(text: string): string {
  return text.replace(/^"(.*)"$/, '$1')
}

/**
 * go.mod: the module path and its direct requirements (`// indirect` ones are transitive). A
 * `replace` pointing at a local folder makes that requirement a file dependency.
 */
export function readGoMod(path: string, text: string): ManifestRead {
  let moduleName: string | null = null
  let block: string | null = null
  const requirements: { name: string; version: string }[] = []
  const localReplacements = new Set<string>()

  const directive = (verb: string, body: string): void => {
    if (verb === 'require') {
      const match = REQUIREMENT.exec(body)
      if (match !== null && !/\/\/\s*indirect\b/.test(match[4] ?? '')) {
        requirements.push({ name: match[2] ?? '', version: match[3] ?? '' })
      }
    } else if (verb === 'replace') {
      const [from, to] = body.replace(/\/\/.*$/, '').split('=>')
      const target = to?.trim().split(/\s+/)[0] ?? ''
      if (/^(\.{1,2}\/|\/)/.test(target)) localReplacements.add(unquote(from?.trim().split(/\s+/)[0] ?? ''))
    }
  }

  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (block !== null) {
      if (line.startsWith(')')) block = null
      else if (line !== '' && !line.startsWith('//')) directive(block, line)
      continue
    }
    const match = /^(module|require|replace|exclude|retract|go|toolchain|godebug)\b\s*(.*)$/.exec(line)
    if (match === null) continue
    const verb = match[1] ?? ''
    const body = (match[2] ?? '').trim()
    if (verb === 'module') moduleName = unquote(body.replace(/\/\/.*$/, '').trim())
    else if (body.startsWith('(')) block = verb
    else directive(verb, body)
  }

  const dependencies: Declared[] = requirements.map(({ name, version }) => ({
    name: clip(name),
    range: clip(version),
    dev: false,
    group: 'prod',
    source: localReplacements.has(name) ? 'file' : 'registry',
    unpinned: false,
  }))
  return {
    path,
    ecosystem: 'go',
    name: moduleName === null || moduleName === '' ? null : clip(moduleName),
    version: null,
    license: null,
    nodeEngine: null,
    workspaces: [],
    dependencies,
  }
}
