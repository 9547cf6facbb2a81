import type { AuditResult } from '../../../../shared/domain/audit-result'
import type { DiligentDatabase } from '../database'
import type { FindingRecord, RunRecord } from '../records'

export async function startRun(
  db: DiligentDatabase,
  repo: { id: string; engagementId: string },
): Promise<RunRecord> {
  const run: RunRecord = {
    id: crypto.randomUUID(),
    engagementId: repo.engagementId,
    repoId: repo.id,
    status: 'running',
    jobId: null,
    commitSha: null,
    branch: null,
    engineVersion: null,
    startedAt: new Date().toISOString(),
    finishedAt: null,
    error: null,
    warnings: [],
    metrics: [],
    analyzers: [],
    facts: null,
  }
  await db.runs.add(run)
  return run
}

export async function attachJob(db: DiligentDatabase, runId: string, jobId: string): Promise<void> {
  await db.runs.update(runId, { jobId })
}

/**
 * Completes a run with its result in one transaction: the findings, the run, and the repository's
 * pointer to its latest result change together or not at all.
 */
export async function completeRun(db: DiligentDatabase, runId: string, result: AuditResult): Promise<void> {
  await db.transaction('rw', db.runs, db.findings, db.repos, async () => {
    const run = await db.runs.get(runId)
    if (!run) throw new Error('The run to complete no longer exists')
    const findings: FindingRecord[] = result.findings.map((finding) => ({
      ...finding,
      id: crypto.randomUUID(),
      engagementId: run.engagementId,
      repoId: run.repoId,
      runId,
    }))
    await db.findings.bulkAdd(findings)
    await db.runs.update(runId, {
      status: 'succeeded',
      commitSha: result.repo.commitSha,
      branch: result.repo.branch,
      engineVersion: result.engineVersion,
      finishedAt: result.finishedAt,
      warnings: result.warnings,
      metrics: result.metrics,
      analyzers: result.analyzers,
      facts: result.facts,
    })
    await db.repos.update(run.repoId, { lastRunId: runId, defaultBranch: result.repo.branch })
  })
}

/** A failed or cancelled run is kept for the record; the repository still points at its last good run. */
export async function endRunWithoutResult(
  db: DiligentDatabase,
  runId: string,
  status: 'failed' | 'cancelled',
  error: string | null,
): Promise<void> {
  await db.runs.update(runId, { status, error, finishedAt: new Date().toISOString() })
}

/** Runs left `running` by a window that closed mid-analysis can never finish: say so. */
export async function markInterruptedRuns(db: DiligentDatabase): Promise<number> {
  return db.runs.where('status').equals('running').modify({
    status: 'interrupted',
    error: 'Diligent was closed during this analysis',
    finishedAt: new Date().toISOString(),
  })
}
