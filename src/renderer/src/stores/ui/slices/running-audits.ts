import type { StateCreator } from 'zustand'
import type { JobFinished, JobProgress } from '../../../../../shared/jobs'

/** An analysis in flight: which run it will complete and the latest progress main reported. */
export interface RunningAudit {
  jobId: string
  runId: string
  repoId: string
  progress: JobProgress | null
}

/**
 * Main may report on a job before `audit:start` has answered with its id (a fast failure, say).
 * Such events wait here until the job is tracked; only the latest few are kept.
 */
export interface UnclaimedJobEvents {
  progress: Record<string, JobProgress>
  finished: Record<string, JobFinished>
}
const MAX_UNCLAIMED = 20

export interface RunningAuditsSlice {
  runningAudits: Record<string, RunningAudit>
  unclaimed: UnclaimedJobEvents
  /** Starts tracking a job; returns its `job:finished` if that already arrived. */
  trackAudit: (audit: Omit<RunningAudit, 'progress'>) => JobFinished | null
  updateAuditProgress: (progress: JobProgress) => void
  /** Holds a `job:finished` for a job not tracked yet. */
  keepUnclaimedFinish: (finished: JobFinished) => void
  forgetAudit: (jobId: string) => void
}

function keepLatest<T>(entries: Record<string, T>, jobId: string, value: T): Record<string, T> {
  const kept = Object.entries({ ...entries, [jobId]: value })
  return Object.fromEntries(kept.slice(-MAX_UNCLAIMED))
}

function without<T>(entries: Record<string, T>, jobId: string): Record<string, T> {
  const { [jobId]: removed, ...rest } = entries
  return rest
}

export const createRunningAuditsSlice: StateCreator<RunningAuditsSlice> = (set, get) => ({
  runningAudits: {},
  unclaimed: { progress: {}, finished: {} },
  trackAudit: (audit) => {
    const { progress, finished } = get().unclaimed
    set((state) => ({
      runningAudits: {
        ...state.runningAudits,
        [audit.jobId]: { ...audit, progress: progress[audit.jobId] ?? null },
      },
      unclaimed: { progress: without(progress, audit.jobId), finished: without(finished, audit.jobId) },
    }))
    return finished[audit.jobId] ?? null
  },
  updateAuditProgress: (progress) =>
    set((state) => {
      const audit = state.runningAudits[progress.jobId]
      if (!audit)
        return {
          unclaimed: {
            ...state.unclaimed,
            progress: keepLatest(state.unclaimed.progress, progress.jobId, progress),
          },
        }
      return { runningAudits: { ...state.runningAudits, [progress.jobId]: { ...audit, progress } } }
    }),
  keepUnclaimedFinish: (finished) =>
    set((state) => ({
      unclaimed: {
        ...state.unclaimed,
        finished: keepLatest(state.unclaimed.finished, finished.jobId, finished),
      },
    })),
  forgetAudit: (jobId) => set((state) => ({ runningAudits: without(state.runningAudits, jobId) })),
})
