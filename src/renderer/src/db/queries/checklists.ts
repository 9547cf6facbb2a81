import type { RepoEvidence } from '../../../../shared/checklists/suggest'
import type { DiligentDatabase } from '../database'
import type { AnswerRecord, FindingRecord } from '../records'

/** The auditor's answers for an engagement, by item id. */
export async function answersByItem(
  db: DiligentDatabase,
  engagementId: string,
): Promise<Map<string, AnswerRecord>> {
  const answers = await db.answers.where('engagementId').equals(engagementId).toArray()
  return new Map(answers.map((answer) => [answer.itemId, answer]))
}

export interface EngagementEvidence {
  /** One entry per repository with a successful run: its latest one. */
  repos: RepoEvidence[]
  /** The findings of those runs, for linking to answers. */
  findings: FindingRecord[]
}

/** What the engine knows about an engagement's repositories, from each one's latest successful run. */
export async function engagementEvidence(
  db: DiligentDatabase,
  engagementId: string,
): Promise<EngagementEvidence> {
  const repos = await db.repos.where('engagementId').equals(engagementId).sortBy('name')
  const evidence: EngagementEvidence = { repos: [], findings: [] }
  for (const repo of repos) {
    if (repo.lastRunId === null) continue
    const run = await db.runs.get(repo.lastRunId)
    if (run === undefined || run.status !== 'succeeded') continue
    const findings = await db.findings.where('runId').equals(run.id).toArray()
    evidence.findings.push(...findings)
    evidence.repos.push({
      repoName: repo.name,
      metrics: run.metrics,
      findings,
      succeededAnalyzers: run.analyzers
        .filter((analyzer) => analyzer.status === 'succeeded')
        .map((analyzer) => analyzer.id),
    })
  }
  return evidence
}
