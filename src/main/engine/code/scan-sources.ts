import type { Worker } from 'node:worker_threads'
import type { ParseWorkerInput, ParseWorkerMessage } from './parse-worker-protocol'
import { startParseWorker } from './start-parse-worker'
import type { ParsedSource, SourceProblem, SourceScan, SourceToParse } from './parsed-source'

const EMPTY_SCAN: SourceScan = {
  files: [],
  problems: [],
  duplication: { clones: [], cloneCount: 0, duplicatedLines: 0, totalLines: 0, percentage: 0, files: [] },
  durationMs: 0,
}

export interface ScanSourcesOptions {
  repoDir: string
  maxFileBytes: number
  signal: AbortSignal
  onProgress?: (done: number, total: number) => void
  /** The worker to parse on when one was started early (see EarlyParseWorker); else one starts now. */
  takeWorker?: () => Worker
}

/**
 * Parses the repository's JavaScript and TypeScript on one worker thread, beside the engine's own
 * thread (which meanwhile reads git history). One worker, not a pool: on two cores git's own process
 * takes the other, and the duplication index must see every file. Cancelling terminates the worker.
 */
export function scanSources(
  files: readonly SourceToParse[],
  options: ScanSourcesOptions,
): Promise<SourceScan> {
  options.signal.throwIfAborted()
  // No code to parse (a docs or infrastructure repository): no worker, no TypeScript loaded.
  if (files.length === 0) return Promise.resolve(EMPTY_SCAN)
  const startedAt = performance.now()
  const input: ParseWorkerInput = {
    repoDir: options.repoDir,
    maxFileBytes: options.maxFileBytes,
    files: [...files],
  }
  const worker = (options.takeWorker ?? startParseWorker)()
  worker.postMessage(input)
  const parsed: ParsedSource[] = []
  const problems: SourceProblem[] = []

  return new Promise<SourceScan>((resolve, reject) => {
    let settled = false
    const settle = (finish: () => void): void => {
      if (settled) return
      settled = true
      options.signal.removeEventListener('abort', onAbort)
      finish()
    }
    const onAbort = (): void => {
      void worker.terminate()
      settle(() => reject(options.signal.reason))
    }
    options.signal.addEventListener('abort', onAbort, { once: true })

    worker.on('message', (message: ParseWorkerMessage) => {
      if (message.type === 'batch') {
        parsed.push(...message.parsed)
        problems.push(...message.problems)
        options.onProgress?.(message.done, files.length)
        return
      }
      void worker.terminate()
      settle(() =>
        resolve({
          files: parsed,
          problems,
          duplication: message.duplication,
          durationMs: performance.now() - startedAt,
        }),
      )
    })
    worker.on('error', (error) =>
      settle(() => reject(new Error(`The parse worker stopped: ${error.message}`))),
    )
    worker.on('exit', (code) =>
      settle(() => reject(new Error(`The parse worker exited (code ${code}) before it finished`))),
    )
  })
}
