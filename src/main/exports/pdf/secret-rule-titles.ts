import type { AuditSnapshot } from '../../../shared/report/audit-snapshot'

/**
 * Names secret rules for the reader. The facts hold rule ids only; the engine made one finding per
 * occurrence with the rule's title, so the findings name them. An id no finding names (a finding
 * deleted, a hand-edited snapshot) is shown as the id.
 */
export function secretRuleTitles(snapshot: AuditSnapshot): (ruleId: string) => string {
  const titles = new Map<string, string>()
  for (const finding of snapshot.findings) {
    if (finding.ruleId.startsWith('secrets/')) titles.set(finding.ruleId, finding.title)
  }
  return (ruleId) => titles.get(ruleId) ?? ruleId
}
