import { describe, expect, it } from 'vitest'
import { create } from 'zustand'
import type { JobFinished, JobProgress } from '../../../src/shared/jobs'
import {
  createRunningAuditsSlice,
  type RunningAuditsSlice,
} from '../../../src/renderer/src/stores/ui/slices/running-audits'

const newStore = () => create<RunningAuditsSlice>()(createRunningAuditsSlice)

const progress = (jobId: string, done: number): JobProgress => ({
  jobId,
  phase: 'clone',
  analyzerId: null,
  done,
  total: null,
  message: `step ${done}`,
})
const failed = (jobId: string): JobFinished => ({ jobId, status: 'failed', error: 'boom', result: null })
const audit = (jobId: string) => ({ jobId, runId: `run-${jobId}`, repoId: 'repo-1' })

describe('running audits', () => {
  it('keeps the latest progress of a tracked job', () => {
    const store = newStore()
    store.getState().trackAudit(audit('a'))
    store.getState().updateAuditProgress(progress('a', 1))
    store.getState().updateAuditProgress(progress('a', 2))
    expect(store.getState().runningAudits['a']?.progress?.done).toBe(2)
  })

  it('hands progress that arrived before the job id over to the job once it is tracked', () => {
    const store = newStore()
    store.getState().updateAuditProgress(progress('early', 3))
    expect(store.getState().runningAudits).toEqual({})
    expect(store.getState().trackAudit(audit('early'))).toBeNull()
    expect(store.getState().runningAudits['early']?.progress?.done).toBe(3)
    expect(store.getState().unclaimed.progress).toEqual({})
  })

  it('returns a finish that arrived before the job id, so the run is not left running forever', () => {
    const store = newStore()
    store.getState().keepUnclaimedFinish(failed('fast'))
    expect(store.getState().trackAudit(audit('fast'))).toEqual(failed('fast'))
    expect(store.getState().unclaimed.finished).toEqual({})
  })

  it('holds at most twenty unclaimed events, dropping the oldest', () => {
    const store = newStore()
    for (let index = 0; index < 25; index += 1) store.getState().keepUnclaimedFinish(failed(`job-${index}`))
    const held = Object.keys(store.getState().unclaimed.finished)
    expect(held).toHaveLength(20)
    expect(held[0]).toBe('job-5')
  })

  it('forgets a job when it ends', () => {
    const store = newStore()
    store.getState().trackAudit(audit('a'))
    store.getState().forgetAudit('a')
    expect(store.getState().runningAudits).toEqual({})
  })
})
