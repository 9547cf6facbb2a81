import type { Severity } from '../../../shared/domain/finding'
import type { AuditSnapshot, SnapshotDebtItem } from '../../../shared/report/audit-snapshot'
import { formatNumber } from './format'

/**
 * The risk register: red flags from the checklists and open critical or high debt items, each with
 * a likelihood and an impact. The rules are stated here once and printed in the methodology:
 * - impact is the severity (of the checklist item, or the worst finding in the debt item);
 * - likelihood of a debt item comes from its interest, the commits to its files: code that changes
 *   often is where the problem bites next; repository-wide items (no files) are medium;
 * - likelihood of a red flag comes from the answer: "no" (the control is absent) is high, "partly"
 *   is medium.
 */
export type Level = 'high' | 'medium' | 'low'

export const LIKELY_COMMITS = 10
export const POSSIBLE_COMMITS = 3
export const RISK_REGISTER_LIMIT = 20

export interface Risk {
  title: string
  source: string
  likelihood: Level
  likelihoodReason: string
  impact: Severity
  mitigation: string
}

export function likelihoodFromChurn(churnCommits: number | null): { level: Level; reason: string } {
  if (churnCommits === null) return { level: 'medium', reason: 'repository-wide, no file history' }
  const reason = `${churnCommits} commit${churnCommits === 1 ? '' : 's'} to its files`
  if (churnCommits >= LIKELY_COMMITS) return { level: 'high', reason }
  if (churnCommits >= POSSIBLE_COMMITS) return { level: 'medium', reason }
  return { level: 'low', reason }
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 }
const LEVEL_RANK: Readonly<Record<Level, number>> = { high: 3, medium: 2, low: 1 }
const isSerious = (severity: Severity): boolean => severity === 'critical' || severity === 'high'

function redFlagRisks(snapshot: AuditSnapshot): Risk[] {
  return snapshot.overall.redFlags.map((flag) => {
    const found = snapshot.checklists
      .flatMap((checklist) =>
        checklist.sections.flatMap((section) => section.items.map((item) => ({ checklist, item }))),
      )
      .find((entry) => entry.item.id === flag.itemId)
    const partly = found?.item.status === 'partly'
    const by = found?.item.answeredBy === 'suggestion' ? 'suggested by Diligent' : 'answered by the auditor'
    return {
      title: flag.question,
      source: found ? `Checklist: ${found.checklist.title}` : 'Checklist',
      likelihood: partly ? 'medium' : 'high',
      likelihoodReason: `${partly ? '"partly"' : '"no"'}, ${by}`,
      impact: flag.severity,
      mitigation:
        found && found.item.notes.trim() !== ''
          ? found.item.notes
          : 'Put the missing practice or control in place, record the evidence, and re-assess the item.',
    }
  })
}

function debtRisk(item: SnapshotDebtItem): Risk {
  const { level, reason } = likelihoodFromChurn(item.churnCommits)
  const owner = item.owner.trim() === '' ? '' : `; owner ${item.owner}`
  return {
    title: item.title,
    source: `Debt item (${item.category})`,
    likelihood: level,
    likelihoodReason: reason,
    impact: item.severity,
    mitigation: `${item.remediation.trim() || 'Fix the underlying findings.'} (about ${formatNumber(item.effortHours)} h${owner})`,
  }
}

/** The top risks, most severe and most likely first, and how many there were before the cut. */
export function riskRegister(
  snapshot: AuditSnapshot,
  rankedDebt: readonly SnapshotDebtItem[],
  limit = RISK_REGISTER_LIMIT,
): { risks: Risk[]; total: number } {
  const all = [
    ...redFlagRisks(snapshot),
    // rankedDebt is in priority order, and the sort below is stable, so ties keep that order.
    ...rankedDebt.filter((item) => item.status === 'open' && isSerious(item.severity)).map(debtRisk),
  ].sort(
    (left, right) =>
      SEVERITY_RANK[right.impact] - SEVERITY_RANK[left.impact] ||
      LEVEL_RANK[right.likelihood] - LEVEL_RANK[left.likelihood],
  )
  return { risks: all.slice(0, limit), total: all.length }
}
