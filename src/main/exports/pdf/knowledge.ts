import type {
  AuthorStats,
  FileHistory,
  GitHistoryFacts,
} from '../../../shared/domain/facts/git-history-facts'
import { RATING_COLOURS } from './theme'

/**
 * Who holds the knowledge, derived from git-history facts. "Active" means a commit in the 90 days
 * before the audit; the facts give only the count, so the active people are the that-many most
 * recent committers (activity is a cut-off on the last commit date, so this is the same set).
 */
export function activeAuthorIds(history: GitHistoryFacts): Set<string> {
  const people = history.authors
    .filter((author) => !author.bot)
    .sort((left, right) => right.lastCommitAt.localeCompare(left.lastCommitAt))
  return new Set(people.slice(0, history.activeContributors90d).map((author) => author.id))
}

export function authorName(history: GitHistoryFacts, id: string): string {
  return history.authors.find((author) => author.id === id)?.name || id
}

/** People first by commits; bots last. */
export function contributors(history: GitHistoryFacts): AuthorStats[] {
  return [...history.authors].sort(
    (left, right) => Number(left.bot) - Number(right.bot) || right.commits - left.commits,
  )
}

/** Files whose main author no longer commits, most-changed first: knowledge that has walked out. */
export function filesWithDepartedMainAuthor(history: GitHistoryFacts): FileHistory[] {
  const active = activeAuthorIds(history)
  const bots = new Set(history.authors.filter((author) => author.bot).map((author) => author.id))
  return history.files.filter(
    (file) => file.mainAuthorId !== '' && !active.has(file.mainAuthorId) && !bots.has(file.mainAuthorId),
  )
}

/** Files by commits, most-changed first (the facts are already in that order; sorting makes sure). */
export function hotspots(history: GitHistoryFacts, count: number): FileHistory[] {
  return [...history.files].sort((left, right) => right.commits - left.commits).slice(0, count)
}

/** One person holding the knowledge is red, two amber, three or more green. */
export const truckFactorColour = (value: number): string =>
  value <= 1 ? RATING_COLOURS.red : value === 2 ? RATING_COLOURS.amber : RATING_COLOURS.green
