import type { AuditResult } from '../../shared/domain/audit-result'
import type { EventName } from '../../shared/ipc/channels'
import type { EventPayload } from '../../shared/ipc/contract'
import type { AuditHooks, AuditSpec } from '../engine/types'

export type AuditRunner = (spec: AuditSpec, hooks: Required<AuditHooks>) => Promise<AuditResult>

export type EmitEvent = <E extends EventName>(event: E, payload: EventPayload<E>) => void

interface ActiveJob {
  controller: AbortController
  sourceKey: string
}

/** The same repository analysed twice at once would race on its clone; the second start is refused. */
function sourceKeyOf(spec: AuditSpec): string {
  return `${spec.sourceKind}:${spec.source.trim()}`
}

/**
 * Starts audits in the background and reports them as job events. Every job ends with exactly one
 * `job:finished`, and leaves the registry however it ends.
 */
export function createAuditJobs(runner: AuditRunner, emit: EmitEvent) {
  const active = new Map<string, ActiveJob>()

  return {
    start(spec: AuditSpec): string {
      const sourceKey = sourceKeyOf(spec)
      if ([...active.values()].some((job) => job.sourceKey === sourceKey)) {
        throw new Error('This repository is already being analysed')
      }
      const jobId = crypto.randomUUID()
      const controller = new AbortController()
      active.set(jobId, { controller, sourceKey })
      const onProgress: Required<AuditHooks>['onProgress'] = (progress) =>
        emit('job:progress', { jobId, ...progress, message: progress.message.slice(0, 500) })

      runner(spec, { onProgress, signal: controller.signal })
        .then(
          (result) => emit('job:finished', { jobId, status: 'succeeded', error: null, result }),
          (error: unknown) =>
            emit('job:finished', {
              jobId,
              status: controller.signal.aborted ? 'cancelled' : 'failed',
              error: controller.signal.aborted
                ? null
                : (error instanceof Error ? error.message : String(error)).slice(0, 2_000),
              result: null,
            }),
        )
        .finally(() => active.delete(jobId))
      return jobId
    },

    cancel(jobId: string): boolean {
      const job = active.get(jobId)
      job?.controller.abort()
      return job !== undefined
    },

    isActive(jobId: string): boolean {
      return active.has(jobId)
    },
  }
}

export type AuditJobs = ReturnType<typeof createAuditJobs>
