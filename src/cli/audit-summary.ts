import type { AuditResult } from '../shared/domain/audit-result'
import { SEVERITIES } from '../shared/domain/finding'

const SHOWN_FINDINGS = 10

const counted = (count: number, noun: string, plural = `${noun}s`): string =>
  `${count.toLocaleString('en-US')} ${count === 1 ? noun : plural}`

/** A few lines a person reads at the end of a run: the repository, the headline numbers, the worst findings. */
export function formatAuditSummary(result: AuditResult): string {
  const metric = (id: string): number | undefined => result.metrics.find((entry) => entry.id === id)?.value
  const counts = SEVERITIES.map((severity) => ({
    severity,
    count: result.findings.filter((finding) => finding.severity === severity).length,
  })).filter(({ count }) => count > 0)
  const worstFirst = [...result.findings].sort(
    (left, right) => SEVERITIES.indexOf(left.severity) - SEVERITIES.indexOf(right.severity),
  )
  const lines = [
    `${result.repo.source} @ ${result.repo.commitSha?.slice(0, 12) ?? '(no commits)'}`,
    `  ${counted(metric('inventory/code-lines') ?? 0, 'line')} of code in ${counted(metric('inventory/files') ?? 0, 'file')}; ` +
      `${counted(metric('git-history/commits') ?? 0, 'commit')} by ${counted(metric('git-history/contributors') ?? 0, 'person', 'people')}; ` +
      `truck factor ${metric('git-history/truck-factor') ?? '—'}`,
    `  Findings: ${counts.map(({ severity, count }) => `${count} ${severity}`).join(', ') || 'none'}`,
    ...worstFirst.slice(0, SHOWN_FINDINGS).map((finding) => `  [${finding.severity}] ${finding.title}`),
  ]
  if (worstFirst.length > SHOWN_FINDINGS)
    lines.push(`  … and ${worstFirst.length - SHOWN_FINDINGS} more in audit.json`)
  for (const warning of result.warnings) lines.push(`  warning: ${warning.message}`)
  return `${lines.join('\n')}\n`
}
