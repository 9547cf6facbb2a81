import { DAY_MS } from '../../../shared/time'
import type {
  AuthorStats,
  FileHistory,
  FolderTruckFactor,
  GitHistoryFacts,
  MonthActivity,
} from '../../../shared/domain/facts/git-history-facts'
import { ROOT_FOLDER } from '../../../shared/domain/facts/git-history-facts'
import type { HistoryTally } from './history-tally'
import type { Identity } from './identities'
import { fileAuthorship, truckFactor, type FileAuthorship } from './truck-factor'

/** A contributor with no commit in this many days counts as gone (the 90-day rule knowledge-loss tools use). */
export const ACTIVE_WINDOW_DAYS = 90

export interface HistorySummary {
  facts: GitHistoryFacts
  /** Authorship of the files the truck factor considered, for the findings. */
  authorship: FileAuthorship[]
  /** People (not bots) with a commit in the last ACTIVE_WINDOW_DAYS before `now`. */
  activeAuthorIds: ReadonlySet<string>
}

export interface SummarizeInput {
  tally: HistoryTally
  /** The merged identity of each raw identity index. */
  identities: readonly Identity[]
  /** Paths left out of authorship: vendored and generated files nobody on the team wrote. */
  notAuthored: ReadonlySet<string>
  commitDate: Date | null
  now: Date
}

const monthsBetween = (first: string, last: string): string[] => {
  const months: string[] = []
  let [year, month] = first.split('-').map(Number) as [number, number]
  for (let label = first; label <= last;) {
    months.push(label)
    month += 1
    if (month > 12) [year, month] = [year + 1, 1]
    label = `${year}-${String(month).padStart(2, '0')}`
  }
  return months
}

/** Folders with fewer files than this say little about knowledge risk and are left out. */
const MIN_FOLDER_FILES = 3
const MAX_FOLDERS = 40

/** The truck factor of each top-level folder, largest folders first: where knowledge sits, part by part. */
function truckFactorByFolder(authorship: readonly FileAuthorship[]): FolderTruckFactor[] {
  const byFolder = new Map<string, FileAuthorship[]>()
  for (const file of authorship) {
    const slash = file.path.indexOf('/')
    const folder = slash === -1 ? ROOT_FOLDER : file.path.slice(0, slash)
    const files = byFolder.get(folder)
    if (files === undefined) byFolder.set(folder, [file])
    else files.push(file)
  }
  return [...byFolder]
    .filter(([, files]) => files.length >= MIN_FOLDER_FILES)
    .sort((left, right) => right[1].length - left[1].length || (left[0] < right[0] ? -1 : 1))
    .slice(0, MAX_FOLDERS)
    .map(([folder, files]) => ({ folder, ...truckFactor(files) }))
}

function authorStats(input: SummarizeInput): AuthorStats[] {
  const merged = new Map<string, AuthorStats>()
  for (const [raw, tally] of input.tally.authors) {
    const identity = input.identities[raw] as Identity
    const stats = merged.get(identity.id)
    if (stats === undefined) {
      merged.set(identity.id, {
        id: identity.id,
        name: identity.name,
        emails: identity.emails,
        bot: identity.bot,
        commits: tally.commits,
        linesAdded: tally.linesAdded,
        linesDeleted: tally.linesDeleted,
        firstCommitAt: tally.first.toISOString(),
        lastCommitAt: tally.last.toISOString(),
      })
      continue
    }
    stats.commits += tally.commits
    stats.linesAdded += tally.linesAdded
    stats.linesDeleted += tally.linesDeleted
    if (tally.first.toISOString() < stats.firstCommitAt) stats.firstCommitAt = tally.first.toISOString()
    if (tally.last.toISOString() > stats.lastCommitAt) stats.lastCommitAt = tally.last.toISOString()
  }
  return [...merged.values()].sort(
    (left, right) => right.commits - left.commits || (left.id < right.id ? -1 : 1),
  )
}

function monthlyActivity(input: SummarizeInput): MonthActivity[] {
  const labels = [...input.tally.months.keys()].sort()
  const first = labels[0]
  const last = labels.at(-1)
  if (first === undefined || last === undefined) return []
  return monthsBetween(first, last).map((month) => {
    const tally = input.tally.months.get(month)
    const people = new Set([...(tally?.authors ?? [])].map((raw) => input.identities[raw]?.id))
    return { month, commits: tally?.commits ?? 0, authors: people.size }
  })
}

/** Turns the tallies into the analyzer's facts: merged authors, monthly activity, churn and truck factor. */
export function summarizeHistory(input: SummarizeInput): HistorySummary {
  const { tally, identities } = input
  const idOf = (raw: number): Identity => identities[raw] as Identity
  const authors = authorStats(input)
  const activeSince = input.now.getTime() - ACTIVE_WINDOW_DAYS * DAY_MS
  const activeAuthorIds = new Set(
    authors
      .filter((author) => !author.bot && Date.parse(author.lastCommitAt) >= activeSince)
      .map((author) => author.id),
  )

  const files: FileHistory[] = []
  const authorship: FileAuthorship[] = []
  for (const [path, file] of tally.files) {
    const people = new Map<string, number>()
    for (const [raw, changes] of file.changesByAuthor) {
      const identity = idOf(raw)
      if (!identity.bot) people.set(identity.id, (people.get(identity.id) ?? 0) + changes)
    }
    const creator = idOf(file.creator)
    const ownership =
      people.size === 0 ? null : fileAuthorship({ path, creatorId: creator.id, changesByAuthor: people })
    if (ownership !== null && !input.notAuthored.has(path)) authorship.push(ownership)
    const mainAuthorId = ownership?.topDeveloperId ?? creator.id
    const referenceDate = input.commitDate ?? input.now
    files.push({
      path,
      commits: file.commits,
      linesAdded: file.linesAdded,
      linesDeleted: file.linesDeleted,
      authors: new Set([...file.changesByAuthor.keys()].map((raw) => idOf(raw).id)).size,
      mainAuthorId,
      mainAuthorShare: (people.get(mainAuthorId) ?? 0) / file.commits,
      firstChangedAt: file.first.toISOString(),
      lastChangedAt: file.last.toISOString(),
      ageDays: Math.max(0, Math.floor((referenceDate.getTime() - file.last.getTime()) / DAY_MS)),
    })
  }
  files.sort((left, right) => right.commits - left.commits || (left.path < right.path ? -1 : 1))
  authorship.sort((left, right) => (left.path < right.path ? -1 : 1))

  return {
    facts: {
      commitCount: tally.commitCount,
      mergeCount: tally.mergeCount,
      firstCommitAt: tally.firstCommitAt?.toISOString() ?? null,
      lastCommitAt: tally.lastCommitAt?.toISOString() ?? null,
      headCommitAt: input.commitDate?.toISOString() ?? null,
      authors,
      commitsPerMonth: monthlyActivity(input),
      activeContributors90d: activeAuthorIds.size,
      files,
      truckFactor: truckFactor(authorship),
      truckFactorByFolder: truckFactorByFolder(authorship),
    },
    authorship,
    activeAuthorIds,
  }
}
