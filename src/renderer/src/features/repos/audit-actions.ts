import { notifications } from '@mantine/notifications'
import type { JobFinished } from '../../../../shared/jobs'
import { callMain } from '../../api/diligent'
import { appDatabase } from '../../db/app-database'
import { attachJob, completeRun, endRunWithoutResult, startRun } from '../../db/commands/runs'
import type { RepoRecord } from '../../db/records'
import { useUiStore } from '../../stores/ui/store'

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Stores how a tracked job ended on its run; a job not tracked yet is held until it is. */
export async function recordOutcome(finished: JobFinished): Promise<void> {
  const audit = useUiStore.getState().runningAudits[finished.jobId]
  if (!audit) {
    useUiStore.getState().keepUnclaimedFinish(finished)
    return
  }
  try {
    if (finished.status === 'succeeded' && finished.result) {
      await completeRun(appDatabase, audit.runId, finished.result)
      return
    }
    await endRunWithoutResult(
      appDatabase,
      audit.runId,
      finished.status === 'cancelled' ? 'cancelled' : 'failed',
      finished.error,
    )
    if (finished.status === 'failed')
      notifications.show({
        color: 'red',
        title: 'Analysis failed',
        message: finished.error ?? 'Unknown error',
      })
  } finally {
    useUiStore.getState().forgetAudit(finished.jobId)
  }
}

/** Records a running run, then asks main to analyse; a refusal ends that run as failed, with the reason. */
export async function startAnalysis(repo: RepoRecord): Promise<void> {
  const run = await startRun(appDatabase, repo)
  let started: { jobId: string }
  try {
    started = await callMain('audit:start', { source: repo.source, sourceKind: repo.sourceKind })
  } catch (error) {
    await endRunWithoutResult(appDatabase, run.id, 'failed', messageOf(error))
    notifications.show({ color: 'red', title: `Could not analyse ${repo.name}`, message: messageOf(error) })
    return
  }
  const { jobId } = started
  const finishedEarly = useUiStore.getState().trackAudit({ jobId, runId: run.id, repoId: repo.id })
  await attachJob(appDatabase, run.id, jobId)
  if (finishedEarly !== null) await recordOutcome(finishedEarly)
}

export async function cancelAnalysis(jobId: string): Promise<void> {
  await callMain('audit:cancel', { jobId })
}
