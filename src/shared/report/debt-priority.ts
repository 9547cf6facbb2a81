import type { Severity } from '../domain/finding'

/**
 * Priority = impact × interest ÷ effort, as the README documents.
 * - impact: what the severity says a problem costs if left;
 * - interest: how often the affected files change (git churn): debt in code nobody touches costs little;
 * - effort: the remediation estimate in hours, at least one hour so a quick fix does not dwarf everything.
 */
export const IMPACT_BY_SEVERITY: Readonly<Record<Severity, number>> = {
  critical: 8,
  high: 5,
  medium: 3,
  low: 1,
  info: 0.5,
}
export const MIN_EFFORT_HOURS = 1

/** 1 for files that never change, growing with the logarithm of their commits: 10 commits → 3.4, 100 → 5.6. */
export function interestFromCommits(commits: number): number {
  return 1 + Math.log(1 + Math.max(0, commits))
}

export interface PriorityInputs {
  severity: Severity
  /** Commits to the affected files, summed; null when the finding has no file or no history was read. */
  churnCommits: number | null
  effortHours: number
}

export interface Priority {
  impact: number
  interest: number
  effortHours: number
  value: number
  /** The sum in words, for the screen and the exports. */
  explanation: string
}

const round = (value: number, places = 2): number => Math.round(value * 10 ** places) / 10 ** places

export function computePriority({ severity, churnCommits, effortHours }: PriorityInputs): Priority {
  const impact = IMPACT_BY_SEVERITY[severity]
  const interest = churnCommits === null ? 1 : interestFromCommits(churnCommits)
  const effort = Math.max(MIN_EFFORT_HOURS, effortHours)
  const value = round((impact * interest) / effort)
  const churn =
    churnCommits === null
      ? 'no file history, interest 1'
      : `${churnCommits} commits to its files, interest ${round(interest)}`
  return {
    impact,
    interest: round(interest),
    effortHours: round(effort),
    value,
    explanation: `${severity} (impact ${impact}) × ${churn} ÷ ${round(effort)} h effort = ${value}`,
  }
}
