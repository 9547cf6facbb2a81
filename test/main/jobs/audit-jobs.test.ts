import { describe, expect, it } from 'vitest'
import type { AuditResult } from '../../../src/shared/domain/audit-result'
import { createAuditJobs, type AuditRunner } from '../../../src/main/jobs/audit-jobs'

const spec = { source: 'https://example.com/acme/api.git', sourceKind: 'url' as const }
const result = { schemaVersion: 1 } as AuditResult

function recorder() {
  const events: { event: string; payload: Record<string, unknown> }[] = []
  return {
    events,
    emit: (event: string, payload: unknown) =>
      void events.push({ event, payload: payload as Record<string, unknown> }),
  }
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

describe('audit jobs', () => {
  it('reports progress and exactly one finished event with the result', async () => {
    const { events, emit } = recorder()
    const runner: AuditRunner = async (_spec, hooks) => {
      hooks.onProgress({ phase: 'clone', analyzerId: null, done: 0, total: null, message: 'Cloning' })
      return result
    }
    const jobs = createAuditJobs(runner, emit)
    const jobId = jobs.start(spec)
    await settle()
    expect(events).toEqual([
      {
        event: 'job:progress',
        payload: { jobId, phase: 'clone', analyzerId: null, done: 0, total: null, message: 'Cloning' },
      },
      { event: 'job:finished', payload: { jobId, status: 'succeeded', error: null, result } },
    ])
    expect(jobs.isActive(jobId)).toBe(false)
  })

  it('reports a failure with its message, and a cancellation as cancelled', async () => {
    const { events, emit } = recorder()
    const jobs = createAuditJobs(
      (auditSpec, hooks) =>
        auditSpec.source.endsWith('fails.git')
          ? Promise.reject(new Error('Repository not found'))
          : new Promise((_resolve, reject) =>
              hooks.signal.addEventListener('abort', () => reject(new Error('aborted'))),
            ),
      emit,
    )
    const failed = jobs.start({ ...spec, source: 'https://example.com/fails.git' })
    const cancelled = jobs.start(spec)
    expect(jobs.cancel(cancelled)).toBe(true)
    await settle()
    expect(events.map((entry) => entry.payload)).toEqual([
      { jobId: failed, status: 'failed', error: 'Repository not found', result: null },
      { jobId: cancelled, status: 'cancelled', error: null, result: null },
    ])
    expect(jobs.cancel(cancelled)).toBe(false)
  })

  it('refuses to analyse the same repository twice at once, and allows it again afterwards', async () => {
    let finish: (value: AuditResult) => void = () => undefined
    const jobs = createAuditJobs(
      () => new Promise((resolve) => (finish = resolve)),
      () => undefined,
    )
    jobs.start(spec)
    expect(() => jobs.start({ ...spec, source: ` ${spec.source} ` })).toThrow('already being analysed')
    finish(result)
    await settle()
    expect(() => jobs.start(spec)).not.toThrow()
  })
})
