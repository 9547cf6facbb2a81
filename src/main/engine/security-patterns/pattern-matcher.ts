import type { ts } from 'ts-morph'
import type { PatternMatch } from './pattern-match'
import type { FileContext, RuleFamily } from './rule-family'
import { RULE_FAMILIES } from './rule-families'

/** One minified or generated file cannot flood the results: matches past this are dropped. */
export const MAX_MATCHES_PER_FILE = 200

export interface PatternMatcher {
  /** Notes one node of the file; call it for every node, in any order. */
  visit(node: ts.Node): void
  /** Runs the rules on the nodes noted, once the walk is over. */
  matches(): PatternMatch[]
}

const NO_MATCHES: PatternMatcher = { visit: () => undefined, matches: () => [] }

/**
 * The code rules for one file, fed by a walk another module does (the measures' walk, in the parse
 * worker). Families whose trigger words the file never mentions are left out, and a file that
 * mentions none gets a matcher that does nothing; the others are consulted only for the node kinds
 * they asked for. The walk only notes those nodes: the rules run when it is over, because they look
 * up and down the tree (the enclosing function, a `const` one hop back) and the walk sets parent
 * pointers as it goes down.
 */
export function createPatternMatcher(
  sourceFile: ts.SourceFile,
  families: readonly RuleFamily[] = RULE_FAMILIES,
): PatternMatcher {
  const text = sourceFile.text
  const active = families.filter((family) => family.trigger.test(text))
  if (active.length === 0) return NO_MATCHES
  const byKind: RuleFamily[][] = []
  for (const family of active) for (const kind of family.kinds) (byKind[kind] ??= []).push(family)
  const found: PatternMatch[] = []
  const file: FileContext = {
    path: sourceFile.fileName,
    text,
    report(ruleId, node, snippet) {
      if (found.length >= MAX_MATCHES_PER_FILE) return
      const position = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile))
      found.push({ ruleId, line: position.line + 1, column: position.character + 1, snippet })
    },
  }
  const noted: ts.Node[] = []
  return {
    visit(node) {
      if (byKind[node.kind] !== undefined) noted.push(node)
    },
    matches() {
      for (const node of noted) for (const family of byKind[node.kind] ?? []) family.check(node, file)
      noted.length = 0
      return found.toSorted(
        (left, right) => (left.line ?? 0) - (right.line ?? 0) || (left.column ?? 0) - (right.column ?? 0),
      )
    },
  }
}
