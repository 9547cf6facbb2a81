import type { DependencySource } from '../../../shared/domain/facts/dependency-facts'
import { constraintUnbounded } from './constraints'
import type { Declared, ManifestRead } from './model'
import { clip } from './values'

interface Block {
  dev: boolean
  source: DependencySource
  location: string | null
}

const DEV_GROUP = /:(development|test)\b|["'](development|test)["']/
const GEM = /^gem\s*\(?\s*(["'])([^"']+)\1(.*)$/
const STRING_ARGUMENT = /^\s*,\s*(["'])([^"']*)\1/
/** `git: "…"`, `:path => "…"` and the like. */
const OPTION = /(?:^|[\s,(])(?::(\w+)\s*=>|(\w+):)\s*(["'])([^"']*)\3/g

function withoutComment(line: string): string {
  return line.replace(/(^|\s)#.*$/, '').trim()
}

function gemOptions(rest: string): Map<string, string> {
  const options = new Map<string, string>()
  for (const match of rest.matchAll(OPTION)) options.set(match[1] ?? match[2] ?? '', match[4] ?? '')
  return options
}

function gem(line: string, block: Block): Declared | null {
  const match = GEM.exec(line)
  if (match === null) return null
  let rest = match[3] ?? ''
  const requirements: string[] = []
  for (let argument = STRING_ARGUMENT.exec(rest); argument !== null; argument = STRING_ARGUMENT.exec(rest)) {
    requirements.push(argument[2] ?? '')
    rest = rest.slice(argument[0].length)
  }
  const options = gemOptions(rest)
  const git = options.get('git') ?? options.get('github') ?? options.get('gist') ?? options.get('bitbucket')
  const path = options.get('path')
  const source: DependencySource = git !== undefined ? 'git' : path !== undefined ? 'file' : block.source
  const range = requirements.join(', ')
  const dev = block.dev || DEV_GROUP.test(rest)
  return {
    name: clip(match[2] ?? ''),
    range: clip(source === 'registry' ? range : (git ?? path ?? block.location ?? range)),
    dev,
    group: dev ? 'dev' : 'prod',
    source,
    unpinned: source === 'registry' && constraintUnbounded(range),
  }
}

/** The block a `… do` line opens: a dev group, a git or path source, or just nesting. */
function opened(line: string, parent: Block): Block {
  const location = /^\w+\s*\(?\s*(["'])([^"']*)\1/.exec(line)?.[2] ?? null
  if (line.startsWith('group')) return { ...parent, dev: parent.dev || DEV_GROUP.test(line) }
  if (/^(git|github)\b/.test(line)) return { ...parent, source: 'git', location }
  if (line.startsWith('path')) return { ...parent, source: 'file', location }
  return parent
}

/** A Gemfile, read line by line (it is Ruby, never run): gems, their requirements, groups and sources. */
export function readGemfile(path: string, text: string): ManifestRead {
  const root: Block = { dev: false, source: 'registry', location: null }
  const blocks: Block[] = []
  const dependencies: Declared[] = []
  for (const raw of text.split(/\r?\n/)) {
    const line = withoutComment(raw)
    const current = blocks.at(-1) ?? root
    if (line === 'end' || line.startsWith('end ') || line === 'end)') {
      blocks.pop()
      continue
    }
    const declared = gem(line, current)
    if (declared !== null) {
      dependencies.push(declared)
      continue
    }
    if (/\bdo(\s*\|[^|]*\|)?$/.test(line)) blocks.push(opened(line, current))
    else if (/^(if|unless|case|begin|while|until)\b/.test(line)) blocks.push(current)
  }
  return {
    path,
    ecosystem: 'rubygems',
    name: null,
    version: null,
    license: null,
    nodeEngine: null,
    workspaces: [],
    dependencies,
  }
}
