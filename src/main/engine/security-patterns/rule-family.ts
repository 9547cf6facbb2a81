import type { ts } from 'ts-morph'

/** How a family's check reports a match: at a node, with a snippet the check wrote itself. */
export type ReportMatch = (ruleId: string, node: ts.Node, snippet: string) => void

/** What a check may know of the file besides the node: its path (for rules about production config) and text. */
export interface FileContext {
  path: string
  text: string
  report: ReportMatch
}

/**
 * The matchers of related rules. A file whose text holds none of the family's trigger words cannot
 * match any of its rules, so the family is not consulted for it at all; for the others, `check` is
 * called only with nodes of the listed kinds.
 */
export interface RuleFamily {
  /** The ids (in the code rule pack) this family can report. */
  ruleIds: readonly string[]
  trigger: RegExp
  kinds: readonly ts.SyntaxKind[]
  check(node: ts.Node, file: FileContext): void
}
