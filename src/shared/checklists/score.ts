import type { AnswerStatus } from '../domain/checklist-answer'
import type { ChecklistItem } from './checklist-schema'
import type { StageRules } from './stage-rules'

export type Rating = 'green' | 'amber' | 'red' | 'incomplete'

export interface ScoredItem {
  item: ChecklistItem
  /** The auditor's answer; null while unanswered. */
  status: AnswerStatus | null
}

export interface Score {
  /** Items that apply at the engagement's stage. */
  total: number
  counts: Record<AnswerStatus | 'unanswered', number>
  /** Weighted share of yes (1) and partly (0.5) among items answered yes, partly or no; null before any. */
  score: number | null
  /** Share of the applicable items (total minus not-applicable) that have a definite answer. */
  coverage: number
  rating: Rating
  /** Items whose answer is a red flag at this stage, most severe first. */
  redFlags: ChecklistItem[]
}

const CREDIT: Partial<Record<AnswerStatus, number>> = { yes: 1, partly: 0.5, no: 0 }
const SEVERITY_RANK = ['critical', 'high', 'medium', 'low']

function isRedFlag({ item, status }: ScoredItem, rules: StageRules): boolean {
  if (status === 'no') return rules.redFlags.no.includes(item.severity)
  if (status === 'partly') return rules.redFlags.partly.includes(item.severity)
  return false
}

/**
 * Scores any set of items (a section, a checklist, a whole engagement) against the stage's rules.
 * Unanswered and "unknown" items earn nothing and are not passes: they lower coverage, and too little
 * coverage rates "incomplete" rather than a colour. Any red flag makes the rating red.
 */
export function scoreItems(items: readonly ScoredItem[], rules: StageRules): Score {
  const counts = { yes: 0, partly: 0, no: 0, 'not-applicable': 0, unknown: 0, unanswered: 0 }
  let earned = 0
  let possible = 0
  for (const { item, status } of items) {
    counts[status ?? 'unanswered'] += 1
    const credit = status === null ? undefined : CREDIT[status]
    if (credit === undefined) continue
    earned += item.weight * credit
    possible += item.weight
  }
  const applicable = items.length - counts['not-applicable']
  const definite = counts.yes + counts.partly + counts.no
  const coverage = applicable === 0 ? 1 : definite / applicable
  const score = possible === 0 ? null : earned / possible
  const redFlags = items
    .filter((entry) => isRedFlag(entry, rules))
    .map((entry) => entry.item)
    .sort((left, right) => SEVERITY_RANK.indexOf(left.severity) - SEVERITY_RANK.indexOf(right.severity))
  let rating: Rating
  if (redFlags.length > 0) rating = 'red'
  else if (score === null || coverage < rules.minCoverage) rating = 'incomplete'
  else if (score >= rules.green) rating = 'green'
  else if (score >= rules.amber) rating = 'amber'
  else rating = 'red'
  return { total: items.length, counts, score, coverage, rating, redFlags }
}
