import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'

export type WriteFile = (path: string, content: string) => Promise<void>

/**
 * Saves a file one write at a time, each write taking the content as it is when its turn comes, so two
 * quick changes can never land on disk in the wrong order.
 */
export function createSaveQueue(path: string, write: WriteFile): (content: () => string) => Promise<void> {
  let queue: Promise<unknown> = Promise.resolve()
  return (content) => {
    const saved = queue.then(async () => {
      await mkdir(dirname(path), { recursive: true })
      await write(path, content())
    })
    // A failed save is reported to its caller; it must not stall the saves queued after it.
    queue = saved.catch(() => undefined)
    return saved
  }
}
