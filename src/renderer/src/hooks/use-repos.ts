import { useLiveQuery } from 'dexie-react-hooks'
import { appDatabase } from '../db/app-database'
import { getRepoOverview, listRepoSummaries, type RepoOverview, type RepoSummary } from '../db/queries/repos'

export function useRepoSummaries(engagementId: string): RepoSummary[] | undefined {
  return useLiveQuery(() => listRepoSummaries(appDatabase, engagementId), [engagementId])
}

/** `undefined` while loading, `null` when there is no such repository. */
export function useRepoOverview(repoId: string): RepoOverview | null | undefined {
  return useLiveQuery(() => getRepoOverview(appDatabase, repoId), [repoId])
}
