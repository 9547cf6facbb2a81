import type { CommitRecord } from './log-records'

/** What one raw identity (a name and email pair) did across the history. */
export interface RawAuthorTally {
  commits: number
  linesAdded: number
  linesDeleted: number
  first: Date
  last: Date
}

/** Everything that happened to one file, under the path it has at the analysed commit. */
export interface FileTally {
  commits: number
  linesAdded: number
  linesDeleted: number
  /** Changes per raw identity index. */
  changesByAuthor: Map<number, number>
  /** The raw identity of the oldest commit seen for the file: its creator. */
  creator: number
  first: Date
  last: Date
}

export interface MonthTally {
  commits: number
  authors: Set<number>
}

const monthOf = (date: Date): string => date.toISOString().slice(0, 7)

/**
 * Folds the commits, newest first, into per-author, per-file and per-month tallies. Renames are
 * followed backwards: once a commit renames A to B, older changes to A count towards B's current name.
 * Only files present at the analysed commit are tallied; everyone's lines count in their totals.
 */
export class HistoryTally {
  commitCount = 0
  mergeCount = 0
  firstCommitAt: Date | null = null
  lastCommitAt: Date | null = null
  readonly authors = new Map<number, RawAuthorTally>()
  readonly files = new Map<string, FileTally>()
  readonly months = new Map<string, MonthTally>()
  private readonly currentName = new Map<string, string>()

  constructor(private readonly presentPaths: ReadonlySet<string>) {}

  add(commit: CommitRecord, author: number): void {
    const at = commit.authoredAt
    this.commitCount += 1
    if (commit.parentCount > 1) this.mergeCount += 1
    if (this.firstCommitAt === null || at < this.firstCommitAt) this.firstCommitAt = at
    if (this.lastCommitAt === null || at > this.lastCommitAt) this.lastCommitAt = at

    const authorTally = this.authors.get(author) ?? {
      commits: 0,
      linesAdded: 0,
      linesDeleted: 0,
      first: at,
      last: at,
    }
    authorTally.commits += 1
    if (at < authorTally.first) authorTally.first = at
    if (at > authorTally.last) authorTally.last = at
    this.authors.set(author, authorTally)

    const month = this.months.get(monthOf(at)) ?? { commits: 0, authors: new Set<number>() }
    month.commits += 1
    month.authors.add(author)
    this.months.set(monthOf(at), month)

    for (const change of commit.changes) {
      authorTally.linesAdded += change.added
      authorTally.linesDeleted += change.deleted
      const path = this.currentName.get(change.path) ?? change.path
      if (change.previousPath !== null) this.currentName.set(change.previousPath, path)
      if (!this.presentPaths.has(path)) continue
      const file = this.files.get(path)
      if (file === undefined) {
        this.files.set(path, {
          commits: 1,
          linesAdded: change.added,
          linesDeleted: change.deleted,
          changesByAuthor: new Map([[author, 1]]),
          creator: author,
          first: at,
          last: at,
        })
        continue
      }
      file.commits += 1
      file.linesAdded += change.added
      file.linesDeleted += change.deleted
      file.changesByAuthor.set(author, (file.changesByAuthor.get(author) ?? 0) + 1)
      // Newest first: each older commit replaces the creator, so the oldest one is left.
      if (at <= file.first) {
        file.first = at
        file.creator = author
      }
      if (at > file.last) file.last = at
    }
  }
}
