import type {
  SecurityPatternFacts,
  SecurityPatternRuleSummary,
} from '../../../../shared/domain/facts/security-pattern-facts'
import { SEVERITIES, type Severity } from '../../../../shared/domain/finding'

const RULE_PREFIX = 'security-patterns/'

/** One insecure construct found, as the security view lists it. */
export interface PatternRow {
  key: string
  ruleId: string
  ruleTitle: string
  severity: Severity
  /** `path:line`, ready to paste into an editor's "go to file". */
  location: string
  /** The engine's few words on the construct, never text copied from the file. */
  snippet: string
  /** The rule's fix, from its findings; null when no finding of the rule is left to say it. */
  fix: string | null
  loweredBecause: string | null
  /** Null for a rule the facts do not describe (a hand-edited or partly written run). */
  cwe: string | null
  owasp: string | null
}

/** Rule id → fix, from the run's findings: the engine wrote the rule's fix as each finding's remediation. */
export function patternFixes(
  findings: readonly { ruleId: string; remediation: string }[],
): Map<string, string> {
  return new Map(
    findings
      .filter((finding) => finding.ruleId.startsWith(RULE_PREFIX) && finding.remediation !== '')
      .map((finding) => [finding.ruleId, finding.remediation]),
  )
}

/** The occurrences, most severe first, then by place, each with its rule's title, CWE and OWASP category. */
export function patternRows(facts: SecurityPatternFacts, fixes: ReadonlyMap<string, string>): PatternRow[] {
  const rules = new Map<string, SecurityPatternRuleSummary>(
    facts.rules.map((rule) => [`${RULE_PREFIX}${rule.id}`, rule]),
  )
  return facts.occurrences
    .map((occurrence, index) => {
      const rule = rules.get(occurrence.ruleId)
      return {
        key: `${index}:${occurrence.ruleId}:${occurrence.path}:${occurrence.line ?? ''}`,
        ruleId: occurrence.ruleId,
        ruleTitle: rule?.title ?? occurrence.ruleId.replace(RULE_PREFIX, ''),
        severity: occurrence.severity,
        location: occurrence.line === null ? occurrence.path : `${occurrence.path}:${occurrence.line}`,
        snippet: occurrence.snippet,
        fix: fixes.get(occurrence.ruleId) ?? null,
        loweredBecause: occurrence.loweredBecause,
        cwe: rule?.cwe ?? null,
        owasp: rule?.owasp ?? null,
      }
    })
    .sort(
      (left, right) =>
        SEVERITIES.indexOf(left.severity) - SEVERITIES.indexOf(right.severity) ||
        left.location.localeCompare(right.location),
    )
}
