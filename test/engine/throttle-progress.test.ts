import { describe, expect, it } from 'vitest'
import { PROGRESS_INTERVAL_MS, throttleProgress } from '../../src/main/engine/throttle-progress'
import type { EngineProgress } from '../../src/main/engine/types'

const update = (analyzerId: string | null, done: number): EngineProgress => ({
  phase: analyzerId === null ? 'clone' : 'analyze',
  analyzerId,
  done,
  total: 10,
  message: '',
})

describe('throttleProgress', () => {
  it('passes at most one update per interval within a step, and every change of step', () => {
    let clock = 0
    const sent: EngineProgress[] = []
    const report = throttleProgress(
      (progress) => sent.push(progress),
      () => clock,
    )

    report(update(null, 0))
    clock = 10
    report(update(null, 1))
    clock = 20
    report(update('inventory', 0))
    clock = 20 + PROGRESS_INTERVAL_MS - 1
    report(update('inventory', 5))
    clock = 20 + PROGRESS_INTERVAL_MS
    report(update('inventory', 6))

    expect(sent.map((progress) => [progress.analyzerId, progress.done])).toEqual([
      [null, 0],
      ['inventory', 0],
      ['inventory', 6],
    ])
  })
})
