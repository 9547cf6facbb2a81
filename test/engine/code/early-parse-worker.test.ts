import { beforeEach, describe, expect, it, vi } from 'vitest'
import { EarlyParseWorker } from '../../../src/main/engine/code/early-parse-worker'
import { startParseWorker } from '../../../src/main/engine/code/start-parse-worker'

vi.mock('../../../src/main/engine/code/start-parse-worker', () => ({ startParseWorker: vi.fn() }))

let started: { terminate: ReturnType<typeof vi.fn> }[] = []
beforeEach(() => {
  started = []
  vi.mocked(startParseWorker).mockImplementation(() => {
    const worker = { terminate: vi.fn(() => Promise.resolve(0)) }
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
})
