import type { Score } from '../../../../shared/checklists/score'

export const formatPercent = (value: number | null): string =>
  value === null ? '—' : `${Math.round(value * 100)}%`

/** Items with any answer, "unknown" and "not applicable" included: the progress the auditor has made. */
export const answeredCount = (score: Score): number => score.total - score.counts.unanswered
