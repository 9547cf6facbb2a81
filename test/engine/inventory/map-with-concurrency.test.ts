import { describe, expect, it } from 'vitest'
import { mapWithConcurrency } from '../../../src/main/engine/inventory/map-with-concurrency'

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1))

describe('mapWithConcurrency', () => {
  it('keeps the items’ order and never runs more than the limit at once', async () => {
    let running = 0
    let busiest = 0
    const results = await mapWithConcurrency([5, 1, 4, 2, 3, 0, 6], 3, async (item) => {
      running += 1
      busiest = Math.max(busiest, running)
      await new Promise((resolve) => setTimeout(resolve, item))
      running -= 1
      return item * 10
    })
    expect(results).toEqual([50, 10, 40, 20, 30, 0, 60])
    expect(busiest).toBe(3)
  })

  it('starts no new task after one fails, and rejects with that failure', async () => {
    const started: number[] = []
    const run = mapWithConcurrency([0, 1, 2, 3, 4, 5, 6, 7], 2, async (item) => {
      started.push(item)
      await tick()
      if (item === 1) throw new Error('boom')
      return item
    })
    await expect(run).rejects.toThrow('boom')
    await tick()
    expect(started).toEqual([0, 1, 2])
  })

  it('handles no items', async () => {
    expect(await mapWithConcurrency([], 4, async () => 1)).toEqual([])
  })
})
