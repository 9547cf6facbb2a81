import { EventEmitter } from 'node:events'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { EarlyParseWorker } from '../../../src/main/engine/code/early-parse-worker'
import { startParseWorker } from '../../../src/main/engine/code/start-parse-worker'

vi.mock('../../../src/main/engine/code/start-parse-worker', () => ({ startParseWorker: vi.fn() }))

/** A worker's events and `terminate`, without a thread. */
class FakeWorker extends EventEmitter {
  terminate = vi.fn(() => Promise.resolve(0))
}

let started: FakeWorker[] = []
beforeEach(() => {
  started = []
  vi.mocked(startParseWorker).mockImplementation(() => {
    const worker = new FakeWorker()
    started.push(worker)
    return worker as never
  })
})

describe('EarlyParseWorker', () => {
  it('hands over the worker it started early, once, and leaves it running on dispose', () => {
    const early = new EarlyParseWorker()
    early.start()
    early.start()
    expect(started).toHaveLength(1)
    expect(early.take()).toBe(started[0])
    early.dispose()
    expect(started[0]?.terminate).not.toHaveBeenCalled()
  })

  it('starts a worker on demand when none was started early, or the early one was taken', () => {
    const early = new EarlyParseWorker()
    const first = early.take()
    const second = early.take()
    expect(started).toEqual([first, second])
    expect(first).not.toBe(second)
  })

  it('stops a worker nobody took: a run that failed or was cancelled before its parse pass', () => {
    const early = new EarlyParseWorker()
    early.start()
    early.dispose()
    expect(started[0]?.terminate).toHaveBeenCalledTimes(1)
  })

  it('forgets a worker that fails before it is taken, without an unheard error, and starts a fresh one', () => {
    const early = new EarlyParseWorker()
    early.start()
    const failed = started[0] as FakeWorker
    expect(() => failed.emit('error', new Error('could not load TypeScript'))).not.toThrow()
    failed.emit('exit', 1)
    const taken = early.take()
    expect(taken).toBe(started[1])
    expect(taken).not.toBe(failed)
  })

  it("leaves the taken worker's events to its new owner", () => {
    const early = new EarlyParseWorker()
    early.start()
    const taken = early.take() as unknown as FakeWorker
    expect(taken.listenerCount('error')).toBe(0)
    expect(taken.listenerCount('exit')).toBe(0)
  })
})
