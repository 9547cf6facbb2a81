import type { AuditSnapshot } from '../../../src/shared/report/audit-snapshot'
import {
  PATTERN_FIXES,
  PATTERN_RULES,
  patternOccurrence,
  securityPatternFacts,
} from '../../renderer/security/pattern-fixtures'

/** Security-pattern facts for the export tests: the view-model fixtures. */
export { PATTERN_FIXES, PATTERN_RULES, patternOccurrence, securityPatternFacts }

/**
 * `base` whose security-pattern findings are exactly one per fixture rule, its remediation the rule's
 * fix, as the engine's one-finding-per-occurrence would leave.
 */
export function withPatternFindings(base: AuditSnapshot): AuditSnapshot {
  const [template] = base.findings
  if (template === undefined) throw new Error('the base snapshot has no finding')
  const patterns = PATTERN_RULES.map((rule, index) => ({
    ...template,
    fingerprint: `pattern-${index}`,
    ruleId: `security-patterns/${rule.id}`,
    title: rule.title,
    severity: rule.severity,
    category: 'security' as const,
    remediation: PATTERN_FIXES[`security-patterns/${rule.id}`] ?? '',
    references: [
      { kind: 'cwe' as const, id: rule.cwe, url: null },
      { kind: 'owasp' as const, id: rule.owasp, url: null },
    ],
  }))
  // The sample repository's own pattern findings would name the same rules with the real pack's fixes.
  const others = base.findings.filter((finding) => !finding.ruleId.startsWith('security-patterns/'))
  return { ...base, findings: [...others, ...patterns] }
}
