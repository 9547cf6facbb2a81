import { isAlias, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml'
import type { Node, YAMLMap } from 'yaml'
import type { FilePosition } from './file-position'

/**
 * A workflow file's YAML as a syntax tree with positions. Values are read from the tree, never through
 * `toJS()`, so an alias is one node however often it is used: an alias bomb costs nothing to read.
 */
export interface WorkflowDocument {
  /** The top-level mapping. */
  root: YAMLMap
  /** The file's text, to find where inside a value something sits. */
  source: string
  /** The node an alias points at; any other value as it is. */
  resolve(node: unknown): unknown
  /** Where a node starts in the file, or null for a node without source range. */
  positionOf(node: unknown): FilePosition | null
  positionAt(offset: number): FilePosition
}

export type WorkflowReading =
  { document: WorkflowDocument; problem: null } | { document: null; problem: string | null }

// Real workflows are a few kilobytes; a megabyte is far past any and bounds the parse.
const MAX_WORKFLOW_CHARACTERS = 1024 * 1024

/**
 * Parses a workflow file. Never throws. Problems are Diligent's own words with a line number at most:
 * the parser's messages can quote the file, which may hold a credential.
 */
export function readWorkflowDocument(text: string): WorkflowReading {
  if (text.length > MAX_WORKFLOW_CHARACTERS) {
    return { document: null, problem: 'larger than 1 MB, so it was not read' }
  }
  try {
    const lineCounter = new LineCounter()
    // Every scalar is read as text (the failsafe schema), as GitHub reads the keys: `on` stays `on`
    // even under a `%YAML 1.1` directive, which would otherwise turn it into `true`. The duplicate-key
    // check compares every key with every other (slow on big maps); the last duplicate wins.
    const parsed = parseDocument(text, {
      lineCounter,
      schema: 'failsafe',
      uniqueKeys: false,
      prettyErrors: false,
      logLevel: 'error',
    })
    const error = parsed.errors[0]
    if (error) {
      const { line } = lineCounter.linePos(error.pos[0])
      const problem =
        error.code === 'RESOURCE_EXHAUSTION' ? 'nested too deeply to read' : `not valid YAML at line ${line}`
      return { document: null, problem }
    }
    if (parsed.contents === null) return { document: null, problem: null }
    const targets = aliasTargets(parsed.contents)
    const resolve = (node: unknown): unknown => (isAlias(node) ? targets.get(node) : node)
    const root = resolve(parsed.contents)
    if (!isMap(root)) return { document: null, problem: 'not a workflow: the top level is not a mapping' }
    const positionAt = (offset: number): FilePosition => {
      const { line, col } = lineCounter.linePos(offset)
      return { line, column: col }
    }
    const positionOf = (node: unknown): FilePosition | null => {
      const offset = isNode(node) ? node.range?.[0] : undefined
      return offset === undefined ? null : positionAt(offset)
    }
    return { document: { root, source: text, resolve, positionOf, positionAt }, problem: null }
  } catch (error) {
    // The parser reports deep nesting itself; this is the backstop for any stack overflow left.
    if (error instanceof RangeError) return { document: null, problem: 'nested too deeply to read' }
    throw error
  }
}

/**
 * What each alias points at: the latest node before it carrying its anchor, as YAML defines it, from
 * one pass over the tree (the library's own `Alias.resolve` walks the whole document for every alias).
 */
function aliasTargets(contents: Node): Map<unknown, unknown> {
  const anchors = new Map<string, unknown>()
  const targets = new Map<unknown, unknown>()
  visit(contents, {
    Alias: (_key, alias) => {
      targets.set(alias, anchors.get(alias.source))
    },
    Node: (_key, node) => {
      if (node.anchor) anchors.set(node.anchor, node)
    },
  })
  return targets
}

/** The key and value of `key` in a mapping (aliases resolved), or null. */
export function entryOf(
  document: WorkflowDocument,
  map: unknown,
  key: string,
): { key: unknown; value: unknown } | null {
  const resolved = document.resolve(map)
  if (!isMap(resolved)) return null
  for (const pair of resolved.items) {
    if (scalarText(document, pair.key) === key) return { key: pair.key, value: document.resolve(pair.value) }
  }
  return null
}

/** The text of a scalar (aliases resolved; every scalar is text here), or null for anything else. */
export function scalarText(document: WorkflowDocument, node: unknown): string | null {
  const resolved = document.resolve(node)
  if (!isScalar(resolved)) return null
  return typeof resolved.value === 'string' ? resolved.value : null
}

/** Entries of a mapping with their string keys (aliases resolved). */
export function entriesOf(
  document: WorkflowDocument,
  map: unknown,
): { name: string; key: unknown; value: unknown }[] {
  const resolved = document.resolve(map)
  if (!isMap(resolved)) return []
  return resolved.items.flatMap((pair) => {
    const name = scalarText(document, pair.key)
    return name === null ? [] : [{ name, key: pair.key, value: document.resolve(pair.value) }]
  })
}

/** Items of a sequence (aliases resolved), or none. */
export function itemsOf(document: WorkflowDocument, sequence: unknown): unknown[] {
  const resolved = document.resolve(sequence)
  return isSeq(resolved) ? resolved.items.map((item) => document.resolve(item)) : []
}
