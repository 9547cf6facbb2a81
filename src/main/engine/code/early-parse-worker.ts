import type { Worker } from 'node:worker_threads'
import { startParseWorker } from './start-parse-worker'

/**
 * The run's parse worker, started as soon as the run knows it has code to parse: loading TypeScript
 * into a fresh thread takes a few hundred milliseconds, which then overlap the inventory instead of
 * delaying the parse pass.
 */
export class EarlyParseWorker {
  private worker: Worker | null = null

  start(): void {
    this.worker ??= startParseWorker()
  }

  /** The worker started early, or a new one: the caller owns it from then on. */
  readonly take = (): Worker => {
    const worker = this.worker ?? startParseWorker()
    this.worker = null
    return worker
  }

  /** Stops a worker nobody took: the run failed or was cancelled before its parse pass began. */
  dispose(): void {
    void this.worker?.terminate()
    this.worker = null
  }
}
