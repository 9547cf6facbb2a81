import type { Severity } from '../../../../shared/domain/finding'
import { owaspCategoryLabel } from '../../../../shared/domain/owasp-top-ten'
import { groupBySeverity } from '../../../../shared/domain/severity-groups'
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

/** The rows grouped by OWASP category or CWE; groups with the most severe occurrence first, then the largest. */
export function patternGroups(rows: readonly PatternRow[], by: PatternGrouping): PatternGroup[] {
  return groupBySeverity(rows, (row) => (by === 'owasp' ? row.owasp : row.cwe) ?? UNMAPPED).map(
    ({ key, items, severities }) => ({
      key,
      label: by === 'owasp' && key !== UNMAPPED ? owaspCategoryLabel(key) : key,
      ruleTitles: byFrequency(items.map((row) => row.ruleTitle)),
      severities,
      rows: items,
    }),
  )
}

function byFrequency(values: readonly string[]): string[] {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return [...counts.entries()]
    .sort(([leftValue, left], [rightValue, right]) => right - left || leftValue.localeCompare(rightValue))
    .map(([value]) => value)
}
