import { SEVERITIES, type Severity } from '../../../../shared/domain/finding'
import { owaspCategoryLabel } from '../../../../shared/domain/owasp-top-ten'
import type { PatternRow } from './pattern-rows'

export const PATTERN_GROUPINGS = ['owasp', 'cwe'] as const
export type PatternGrouping = (typeof PATTERN_GROUPINGS)[number]

export const GROUPING_LABELS: Record<PatternGrouping, string> = {
  owasp: 'By OWASP category',
  cwe: 'By CWE',
}

/** One group of the grouped list: a category and the occurrences in it, in the rows' order. */
export interface PatternGroup {
  key: string
  label: string
  /** The distinct rules behind the group's occurrences, most frequent first. */
  ruleTitles: string[]
  /** Occurrences per severity, most severe first; severities with none left out. */
  severities: { severity: Severity; count: number }[]
  rows: PatternRow[]
}

const UNMAPPED = 'Not mapped'

const worstSeverityIndex = (group: PatternGroup): number =>
  SEVERITIES.indexOf(group.severities[0]?.severity ?? 'info')

/** The rows grouped by OWASP category or CWE; groups with the most severe occurrence first, then the largest. */
export function patternGroups(rows: readonly PatternRow[], by: PatternGrouping): PatternGroup[] {
  const byKey = new Map<string, PatternRow[]>()
  for (const row of rows) {
    const key = (by === 'owasp' ? row.owasp : row.cwe) ?? UNMAPPED
    byKey.set(key, [...(byKey.get(key) ?? []), row])
  }
  return [...byKey.entries()]
    .map(([key, members]) => ({
      key,
      label: by === 'owasp' && key !== UNMAPPED ? owaspCategoryLabel(key) : key,
      ruleTitles: byFrequency(members.map((row) => row.ruleTitle)),
      severities: SEVERITIES.map((severity) => ({
        severity,
        count: members.filter((row) => row.severity === severity).length,
      })).filter((entry) => entry.count > 0),
      rows: members,
    }))
    .sort(
      (left, right) =>
        worstSeverityIndex(left) - worstSeverityIndex(right) ||
        right.rows.length - left.rows.length ||
        left.key.localeCompare(right.key),
    )
}

function byFrequency(values: readonly string[]): string[] {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return [...counts.entries()]
    .sort(([leftValue, left], [rightValue, right]) => right - left || leftValue.localeCompare(rightValue))
    .map(([value]) => value)
}
