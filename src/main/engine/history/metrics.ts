import { DAY_MS } from '../../../shared/time'
import type { Metric } from '../../../shared/domain/audit-result'
import type { HistorySummary } from './summarize'

const percent = (part: number, whole: number): number =>
  whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10
const daysBetween = (from: string | null, to: Date): number =>
  from === null ? 0 : Math.max(0, Math.floor((to.getTime() - Date.parse(from)) / DAY_MS))

/** Files every author of which has been gone for ACTIVE_WINDOW_DAYS: the knowledge already lost. */
export function filesWithOnlyDepartedAuthors(summary: HistorySummary): number {
  return summary.authorship.filter(
    (file) => file.authorIds.length > 0 && file.authorIds.every((id) => !summary.activeAuthorIds.has(id)),
  ).length
}

export function historyMetrics(summary: HistorySummary, now: Date): Metric[] {
  const { facts, authorship } = summary
  const people = facts.authors.filter((author) => !author.bot)
  const singleAuthor = authorship.filter((file) => file.authorIds.length === 1).length
  return [
    { id: 'git-history/commits', label: 'Commits', value: facts.commitCount, unit: 'count' },
    { id: 'git-history/merges', label: 'Merge commits', value: facts.mergeCount, unit: 'count' },
    { id: 'git-history/contributors', label: 'Contributors (people)', value: people.length, unit: 'count' },
    {
      id: 'git-history/active-contributors-90d',
      label: 'Active contributors, last 90 days',
      value: facts.activeContributors90d,
      unit: 'count',
    },
    { id: 'git-history/truck-factor', label: 'Truck factor', value: facts.truckFactor.value, unit: 'count' },
    {
      id: 'git-history/days-since-last-commit',
      label: 'Days since the last commit',
      value: daysBetween(facts.lastCommitAt, now),
      unit: 'days',
    },
    {
      id: 'git-history/history-days',
      label: 'Age of the history',
      value: daysBetween(facts.firstCommitAt, now),
      unit: 'days',
    },
    {
      id: 'git-history/single-author-files-percent',
      label: 'Files with a single author',
      value: percent(singleAuthor, authorship.length),
      unit: 'percent',
    },
    {
      id: 'git-history/departed-knowledge-percent',
      label: 'Files whose authors have all left (90 days)',
      value: percent(filesWithOnlyDepartedAuthors(summary), authorship.length),
      unit: 'percent',
    },
  ]
}
