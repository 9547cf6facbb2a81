/** What the `git-history` analyzer found: who changed what, how often, and how recently. */

export interface AuthorStats {
  /** Stable id of the merged identity (after .mailmap and same-email merging). */
  id: string
  name: string
  emails: string[]
  /** Dependabot, Renovate, CI and the like: counted in activity, never as holders of knowledge. */
  bot: boolean
  commits: number
  linesAdded: number
  linesDeleted: number
  firstCommitAt: string
  lastCommitAt: string
}

export interface MonthActivity {
  /** `YYYY-MM`, in UTC. */
  month: string
  commits: number
  authors: number
}

export interface FileHistory {
  path: string
  commits: number
  linesAdded: number
  linesDeleted: number
  authors: number
  /** The author with the highest degree of authorship over the file, and that author's share of its commits. */
  mainAuthorId: string
  mainAuthorShare: number
  firstChangedAt: string
  lastChangedAt: string
  /** Days between the last change and the analysed commit's date. */
  ageDays: number
}

export interface TruckFactor {
  value: number
  /** The authors whose departure would orphan more than half of the files, in removal order. */
  authorIds: string[]
  filesConsidered: number
}

/** How files at the top of the repository, outside any folder, are grouped. */
export const ROOT_FOLDER = '(root)'

export interface FolderTruckFactor extends TruckFactor {
  /** A top-level folder, or ROOT_FOLDER. */
  folder: string
}

export interface GitHistoryFacts {
  commitCount: number
  mergeCount: number
  firstCommitAt: string | null
  lastCommitAt: string | null
  headCommitAt: string | null
  authors: AuthorStats[]
  commitsPerMonth: MonthActivity[]
  /** People (not bots) with a commit in the 90 days before the audit. */
  activeContributors90d: number
  /** Files present at the analysed commit, most-changed first. */
  files: FileHistory[]
  truckFactor: TruckFactor
  /** The truck factor of each top-level folder with a few files, largest first. */
  truckFactorByFolder: FolderTruckFactor[]
}
