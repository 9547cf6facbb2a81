import type { DiligentDatabase } from '../database'
import type { EngagementRecord } from '../records'

export interface EngagementSummary extends EngagementRecord {
  repoCount: number
}

/** All engagements, most recently changed first, each with how many repositories it holds. */
export async function listEngagementSummaries(db: DiligentDatabase): Promise<EngagementSummary[]> {
  const engagements = await db.engagements.orderBy('updatedAt').reverse().toArray()
  const repoCounts = await Promise.all(
    engagements.map((engagement) => db.repos.where('engagementId').equals(engagement.id).count()),
  )
  return engagements.map((engagement, index) => ({ ...engagement, repoCount: repoCounts[index] ?? 0 }))
}

export async function getEngagement(db: DiligentDatabase, id: string): Promise<EngagementRecord | null> {
  return (await db.engagements.get(id)) ?? null
}

export interface EngagementFootprint {
  repos: number
  runs: number
  findings: number
  answers: number
  debtItems: number
}

/** How much a delete would remove, shown to the auditor before they confirm it. */
export async function getEngagementFootprint(db: DiligentDatabase, id: string): Promise<EngagementFootprint> {
  const count = (table: 'repos' | 'runs' | 'findings' | 'answers' | 'debtItems'): Promise<number> =>
    db.table(table).where('engagementId').equals(id).count()
  const [repos, runs, findings, answers, debtItems] = await Promise.all([
    count('repos'),
    count('runs'),
    count('findings'),
    count('answers'),
    count('debtItems'),
  ])
  return { repos, runs, findings, answers, debtItems }
}
