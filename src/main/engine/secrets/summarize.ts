import type { Metric } from '../../../shared/domain/audit-result'
import type { SecretsFacts } from '../../../shared/domain/facts/secrets-facts'
import { SEVERITIES, type Severity } from '../../../shared/domain/finding'
import type { RepoFile } from '../types'
import { mergeHistory } from './merge-history'
import type { FileScan } from './scan-file'
import type { HistoryScan } from './scan-history'

/** The analyzer's facts from every file's scan, in tracked-file order, then the history's own secrets. */
export function summarizeSecrets(
  files: readonly RepoFile[],
  scans: readonly FileScan[],
  ruleCount: number,
  history: HistoryScan | null,
): SecretsFacts {
  const current = scans.flatMap((scan) => scan.occurrences)
  const occurrences = history === null ? current : mergeHistory(current, history.hits)
  const countsByRule: Record<string, number> = {}
  const countsBySeverity = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<
    Severity,
    number
  >
  for (const occurrence of occurrences) {
    countsByRule[occurrence.ruleId] = (countsByRule[occurrence.ruleId] ?? 0) + 1
    countsBySeverity[occurrence.severity] += 1
  }
  return {
    rules: ruleCount,
    filesScanned: scans.filter((scan) => scan.skippedBecause === null).length,
    filesRegexScanned: scans.filter((scan) => scan.regexScanned).length,
    skipped: files.flatMap((file, index) => {
      const reason = scans[index]?.skippedBecause ?? null
      return reason === null ? [] : [{ path: file.path, reason }]
    }),
    occurrences,
    countsByRule,
    countsBySeverity,
    ...(history === null ? {} : { history: history.facts }),
  }
}

/** The ids are stable: checklist evidence refers to them. */
export function secretsMetrics(facts: SecretsFacts): Metric[] {
  return [
    { id: 'secrets/findings', label: 'Secrets found', value: facts.occurrences.length, unit: 'count' },
    {
      id: 'secrets/high-severity-findings',
      label: 'Secrets of high or critical severity',
      value: facts.countsBySeverity.critical + facts.countsBySeverity.high,
      unit: 'count',
    },
    {
      id: 'secrets/files-scanned',
      label: 'Files scanned for secrets',
      value: facts.filesScanned,
      unit: 'count',
    },
    {
      id: 'secrets/files-skipped',
      label: 'Files not scanned for secrets (binary, too large, vendored)',
      value: facts.skipped.length,
      unit: 'count',
    },
  ]
}
