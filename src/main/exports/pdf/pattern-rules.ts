import type { AuditSnapshot } from '../../../shared/report/audit-snapshot'
import { readSecurityPatterns } from './facts'

/** What the exports say about a security-pattern rule beside each occurrence. */
export interface PatternRuleDetails {
  title: string
  cwe: string
  owasp: string
  fix: string
}

/**
 * Describes security-pattern rules for the reader. Title, CWE and OWASP category come from the facts'
 * rule list; the fix from the findings, whose remediation the engine wrote from the rule. A rule
 * neither names (a hand-edited snapshot) is shown by its id, with blanks.
 */
export function patternRuleDetails(snapshot: AuditSnapshot): (ruleId: string) => PatternRuleDetails {
  const details = new Map<string, PatternRuleDetails>()
  for (const repo of snapshot.repos)
    for (const rule of readSecurityPatterns(repo.facts)?.rules ?? [])
      details.set(rule.ruleId, { title: rule.title, cwe: rule.cwe, owasp: rule.owasp, fix: '' })
  for (const finding of snapshot.findings) {
    const known = details.get(finding.ruleId)
    if (known !== undefined && known.fix === '') known.fix = finding.remediation
  }
  return (ruleId) =>
    details.get(ruleId) ?? { title: ruleId.replace(/^security-patterns\//, ''), cwe: '', owasp: '', fix: '' }
}
