import { runAudit } from './index'
import type { EnginePort } from './process-protocol'

/** Answers one `start` with progress and a result (or a failure), and turns `cancel` into an abort. */
export function serveEngine(port: EnginePort): void {
  const controller = new AbortController()
  let started = false
  port.onMessage((message) => {
    if (message.type === 'cancel') {
      controller.abort()
      return
    }
    if (started) return
    started = true
    runAudit(message.spec, message.options, {
      signal: controller.signal,
      onProgress: (progress) => port.post({ type: 'progress', progress }),
    }).then(
      (result) => port.post({ type: 'result', result }),
      (error: unknown) =>
        port.post({
          type: 'failed',
          message: error instanceof Error ? error.message : String(error),
          cancelled: controller.signal.aborted,
        }),
    )
  })
}
