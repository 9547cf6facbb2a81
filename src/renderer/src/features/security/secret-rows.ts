import type { SecretCommit, SecretsFacts } from '../../../../shared/domain/facts/secrets-facts'
import { SEVERITIES, type Severity } from '../../../../shared/domain/finding'

/** One row of the secrets table: only the redacted value, never the secret. */
export interface SecretRow {
  key: string
  ruleId: string
  ruleTitle: string
  severity: Severity
  location: string
  redacted: string | null
  loweredBecause: string | null
  /** The commit that added it, when the run searched the history. */
  introduced: SecretCommit | null
  /** Removed from the analysed files, yet still in every clone's history. */
  inHistoryOnly: boolean
}

const ENV_OR_KEY_FILE_RULES = new Set(['secrets/env-file', 'secrets/key-file'])

/** `secrets/aws-access-key-id` → `aws-access-key-id`, for a rule no finding names. */
const ruleIdTitle = (ruleId: string): string => ruleId.replace(/^secrets\//, '')

/**
 * The table's rows, most severe first, then by place. Titles come from the run's findings (the facts
 * hold rule ids only); `titles` maps rule id to title.
 */
export function secretRows(facts: SecretsFacts, titles: ReadonlyMap<string, string>): SecretRow[] {
  return facts.occurrences
    .map((occurrence, index) => ({
      key: `${index}:${occurrence.ruleId}:${occurrence.path}:${occurrence.line ?? ''}`,
      ruleId: occurrence.ruleId,
      ruleTitle: titles.get(occurrence.ruleId) ?? ruleIdTitle(occurrence.ruleId),
      severity: occurrence.severity,
      location: occurrence.line === null ? occurrence.path : `${occurrence.path}:${occurrence.line}`,
      redacted: occurrence.redacted,
      loweredBecause: occurrence.loweredBecause,
      // Both absent in runs made before the engine searched the history.
      introduced: occurrence.commit ?? null,
      inHistoryOnly: occurrence.inHistoryOnly === true,
    }))
    .sort(
      (left, right) =>
        SEVERITIES.indexOf(left.severity) - SEVERITIES.indexOf(right.severity) ||
        left.location.localeCompare(right.location),
    )
}

/** The rules that found something, for the filter: most hits first, each with its count. */
export function ruleChoices(rows: readonly SecretRow[]): { value: string; label: string }[] {
  const counts = new Map<string, { title: string; count: number }>()
  for (const row of rows) {
    const entry = counts.get(row.ruleId) ?? { title: row.ruleTitle, count: 0 }
    entry.count += 1
    counts.set(row.ruleId, entry)
  }
  return [...counts.entries()]
    .sort(([, left], [, right]) => right.count - left.count || left.title.localeCompare(right.title))
    .map(([ruleId, { title, count }]) => ({ value: ruleId, label: `${title} (${count})` }))
}

/** .env files and private keys committed: whole files, counted apart from secrets in code. */
export function committedSensitiveFiles(facts: SecretsFacts): number {
  return facts.occurrences.filter((occurrence) => ENV_OR_KEY_FILE_RULES.has(occurrence.ruleId)).length
}

/** Rule id → title, from the run's findings: the engine made one per occurrence, titled by its rule. */
export function secretRuleTitles(
  findings: readonly { ruleId: string; title: string }[],
): Map<string, string> {
  return new Map(
    findings
      .filter((finding) => finding.ruleId.startsWith('secrets/'))
      .map((finding) => [finding.ruleId, finding.title]),
  )
}
