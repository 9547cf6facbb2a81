import type { AuditSnapshot, SnapshotRepo } from '../../../shared/report/audit-snapshot'

/** A row of a per-repository sheet: one entry of a repository's facts, with the repository's name. */
export interface InRepo<T> {
  repo: string
  item: T
}

/** The entries `pick` reads from each repository, in snapshot order; a repository without them adds none. */
export function* rowsOfRepos<T>(
  snapshot: AuditSnapshot,
  pick: (repo: SnapshotRepo) => readonly T[] | null | undefined,
): Generator<InRepo<T>> {
  for (const repo of snapshot.repos) {
    for (const item of pick(repo) ?? []) yield { repo: repo.name, item }
  }
}
