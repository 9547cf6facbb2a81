/**
 * One place a security-pattern rule matched, before the analyzer turns it into a finding. The snippet
 * is written by the matcher (`exec(template with ${…})`), never copied from the file: the file may hold
 * the very credential a rule is about.
 */
export interface PatternMatch {
  /** The rule's id in the pack, without the `security-patterns/` prefix. */
  ruleId: string
  line: number | null
  column: number | null
  snippet: string
}
