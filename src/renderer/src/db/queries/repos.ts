import type { DiligentDatabase } from '../database'
import type { FindingRecord, RepoRecord, RunRecord } from '../records'

export interface RepoSummary extends RepoRecord {
  lastRun: RunRecord | null
  /** The newest run of any status, so a failure or a cancellation is visible next to the last good result. */
  latestRun: RunRecord | null
}

async function newestRun(db: DiligentDatabase, repoId: string): Promise<RunRecord | null> {
  const runs = await db.runs.where('repoId').equals(repoId).sortBy('startedAt')
  return runs.at(-1) ?? null
}

export async function listRepoSummaries(db: DiligentDatabase, engagementId: string): Promise<RepoSummary[]> {
  const repos = await db.repos.where('engagementId').equals(engagementId).sortBy('createdAt')
  return Promise.all(
    repos.map(async (repo) => ({
      ...repo,
      lastRun: repo.lastRunId === null ? null : ((await db.runs.get(repo.lastRunId)) ?? null),
      latestRun: await newestRun(db, repo.id),
    })),
  )
}

export interface RepoOverview {
  repo: RepoRecord
  lastRun: RunRecord | null
  findings: FindingRecord[]
  runs: RunRecord[]
}

/** Everything the repository page shows: the last good run, its findings, and the run history. */
export async function getRepoOverview(db: DiligentDatabase, repoId: string): Promise<RepoOverview | null> {
  const repo = await db.repos.get(repoId)
  if (!repo) return null
  const lastRun = repo.lastRunId === null ? null : ((await db.runs.get(repo.lastRunId)) ?? null)
  const findings = lastRun === null ? [] : await db.findings.where('runId').equals(lastRun.id).toArray()
  const runs = (await db.runs.where('repoId').equals(repoId).sortBy('startedAt')).reverse()
  return { repo, lastRun, findings, runs }
}
