import { STAGE_LABELS } from '../domain/engagement'
import type { AuditSnapshot } from './audit-snapshot'

const RATING_WORDS = {
  green: 'green',
  amber: 'amber',
  red: 'red',
  incomplete: 'not yet rated (too few answers)',
}
const TOP = 3

/** A first draft of the executive summary, from the data; the auditor edits it before exporting. */
export function draftExecutiveSummary(snapshot: Omit<AuditSnapshot, 'executiveSummary'>): string {
  const { engagement, overall, debtItems, checklists, repos } = snapshot
  const lines: string[] = []
  const percent = overall.score === null ? '' : ` (score ${Math.round(overall.score * 100)}%)`
  lines.push(
    `${engagement.name} was assessed as a ${STAGE_LABELS[engagement.stage].toLowerCase()} company across ${repos.length} ` +
      `repositor${repos.length === 1 ? 'y' : 'ies'}. Overall rating: ${RATING_WORDS[overall.rating]}${percent}, ` +
      `with ${overall.answered} of ${overall.total} checklist items answered.`,
  )
  const risks = [
    ...overall.redFlags.map((flag) => `${flag.question} (answered no; ${flag.severity})`),
    ...debtItems
      .filter((item) => item.status === 'open' && (item.severity === 'critical' || item.severity === 'high'))
      .map((item) => `${item.title} (${item.severity})`),
  ].slice(0, TOP)
  lines.push(
    risks.length === 0
      ? 'Top risks: none of critical or high severity recorded.'
      : `Top risks: ${risks.join('; ')}.`,
  )
  const strengths = checklists
    .flatMap((checklist) => checklist.sections.map((section) => ({ checklist, section })))
    .filter(({ section }) => section.score.rating === 'green')
    .sort((left, right) => (right.section.score.score ?? 0) - (left.section.score.score ?? 0))
    .slice(0, TOP)
    .map(({ checklist, section }) => `${checklist.title}: ${section.title}`)
  lines.push(
    strengths.length === 0 ? 'Strengths: no area is rated green yet.' : `Strengths: ${strengths.join('; ')}.`,
  )
  return lines.join('\n\n')
}
