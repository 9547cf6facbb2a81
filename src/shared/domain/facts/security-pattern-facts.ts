import type { Severity } from '../finding'

/**
 * What the `security-patterns` analyzer found: insecure constructs in JavaScript and TypeScript (read
 * from the syntax tree, never by text search) and in container and CI configuration. Every snippet is
 * the engine's own short description of the construct, never a string literal copied from the code, so
 * a hard-coded credential cannot leak through it.
 */

/** Where a rule looks. */
export type SecurityPatternTarget = 'code' | 'dockerfile' | 'ci-workflow'

/** One rule of the bundled pack, as the views and exports need it to group and explain findings. */
export interface SecurityPatternRuleSummary {
  /** The rule's id within the pack, e.g. `eval`; findings carry `security-patterns/<id>`. */
  id: string
  title: string
  target: SecurityPatternTarget
  /** `CWE-95`. */
  cwe: string
  /** OWASP Top 10 (2021) category, `A03:2021`. */
  owasp: string
  severity: Severity
}

export interface SecurityPatternOccurrence {
  /** `security-patterns/<rule id>`. */
  ruleId: string
  path: string
  line: number | null
  column: number | null
  /** The construct in a few words, built by the engine (`exec(`…${input}…`)`), never copied text. */
  snippet: string
  severity: Severity
  /** Why the severity was lowered (a test, fixture, example or docs path), or null. */
  loweredBecause: string | null
}

export interface SecurityPatternFacts {
  rules: SecurityPatternRuleSummary[]
  /** Files whose syntax tree the code rules read, and configuration files the config rules read. */
  filesChecked: Record<SecurityPatternTarget, number>
  occurrences: SecurityPatternOccurrence[]
  /** Occurrences per CWE id and per OWASP category, for the grouped views. */
  countsByCwe: Record<string, number>
  countsByOwasp: Record<string, number>
  countsBySeverity: Record<Severity, number>
  /** Why some occurrences are missing (the cap on kept occurrences), or null. */
  truncatedBecause: string | null
}
