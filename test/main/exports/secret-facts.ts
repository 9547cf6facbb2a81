import type { AuditSnapshot } from '../../../src/shared/report/audit-snapshot'
import { occurrence, secretsFacts } from '../../renderer/security/fixtures'

/** Secrets facts for the export tests: the view-model fixtures, plus history fields a newer engine adds. */
export { occurrence, secretsFacts }

/** `base` whose findings title exactly these secret rules, as the engine's one-finding-per-secret would. */
export function withSecretTitles(base: AuditSnapshot, titles: Record<string, string>): AuditSnapshot {
  const [template] = base.findings
  if (template === undefined) throw new Error('the base snapshot has no finding')
  const others = base.findings.filter((finding) => !finding.ruleId.startsWith('secrets/'))
  const secrets = Object.entries(titles).map(([ruleId, title], index) => ({
    ...template,
    fingerprint: `secret-title-${index}`,
    ruleId,
    title,
    category: 'security' as const,
  }))
  return { ...base, findings: [...others, ...secrets] }
}
