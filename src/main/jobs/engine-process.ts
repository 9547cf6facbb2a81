import type { AuditResult } from '../../shared/domain/audit-result'
import type { MessageFromEngine, MessageToEngine } from '../engine/process-protocol'
import type { AuditHooks, AuditOptions, AuditSpec } from '../engine/types'

/** What main needs of a child process: Electron's UtilityProcess in the app, a forked Node process in tests. */
export interface EngineProcess {
  postMessage(message: MessageToEngine): void
  onMessage(listener: (message: MessageFromEngine) => void): void
  onExit(listener: (code: number | null) => void): void
  kill(): void
}

/** After Cancel the engine gets this long to stop by itself before its process is killed. */
export const CANCEL_GRACE_MS = 1_000

function abortError(): Error {
  return new DOMException('The analysis was cancelled', 'AbortError')
}

/**
 * Runs one audit in its own process. A crash or an out-of-memory there rejects this promise with
 * an explanation; the window and earlier runs are untouched.
 */
export function runAuditInProcess(
  launch: () => EngineProcess,
  spec: AuditSpec,
  options: AuditOptions,
  hooks: AuditHooks,
): Promise<AuditResult> {
  return new Promise<AuditResult>((resolve, reject) => {
    if (hooks.signal?.aborted) {
      reject(abortError())
      return
    }
    const child = launch()
    let settled = false
    let killTimer: ReturnType<typeof setTimeout> | undefined
    const settle = (outcome: () => void): void => {
      if (settled) return
      settled = true
      clearTimeout(killTimer)
      hooks.signal?.removeEventListener('abort', onAbort)
      child.kill()
      outcome()
    }
    const onAbort = (): void => {
      child.postMessage({ type: 'cancel' })
      killTimer = setTimeout(() => settle(() => reject(abortError())), CANCEL_GRACE_MS)
    }
    hooks.signal?.addEventListener('abort', onAbort, { once: true })

    child.onMessage((message) => {
      if (message.type === 'progress') hooks.onProgress?.(message.progress)
      else if (message.type === 'result') settle(() => resolve(message.result))
      else settle(() => reject(message.cancelled ? abortError() : new Error(message.message)))
    })
    child.onExit((code) =>
      settle(() =>
        reject(
          hooks.signal?.aborted
            ? abortError()
            : new Error(
                `The analysis process stopped unexpectedly (exit code ${code ?? 'unknown'}). ` +
                  'It may have run out of memory on a very large repository; earlier results are unaffected.',
              ),
        ),
      ),
    )
    child.postMessage({ type: 'start', spec, options })
  })
}
