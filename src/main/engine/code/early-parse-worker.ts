import type { Worker } from 'node:worker_threads'
import { startParseWorker } from './start-parse-worker'

/**
 * The run's parse worker, started as soon as the run knows it has code to parse: loading TypeScript
 * into a fresh thread takes a few hundred milliseconds, which then overlap the inventory instead of
 * delaying the parse pass.
 */
export class EarlyParseWorker {
  private worker: Worker | null = null
  /*
   * Until the worker is taken nobody else listens to it. One that fails to load or dies meanwhile is
   * forgotten (an 'error' nobody listens to would take the engine down), and the parse pass starts a
   * fresh one, whose failure it then reports.
   */
  private readonly forget = (): void => {
    this.worker = null
  }

  start(): void {
    if (this.worker !== null) return
    this.worker = startParseWorker().once('error', this.forget).once('exit', this.forget)
  }

  /** The worker started early, or a new one: the caller owns it (and its events) from then on. */
  readonly take = (): Worker => {
    const worker = this.worker
    this.worker = null
    if (worker === null) return startParseWorker()
    return worker.off('error', this.forget).off('exit', this.forget)
  }

  /** Stops a worker nobody took: the run failed or was cancelled before its parse pass began. */
  dispose(): void {
    void this.worker?.terminate()
    this.worker = null
  }
}
