/**
 * Runs `task` over every item with at most `limit` tasks in flight, and returns the results in the
 * items' order. After a task fails no new one starts, and the first failure is what rejects.
 */
export async function mapWithConcurrency<Item, Result>(
  items: readonly Item[],
  limit: number,
  task: (item: Item) => Promise<Result>,
): Promise<Result[]> {
  const results: Result[] = new Array<Result>(items.length)
  // One iterator shared by every worker hands each item out once.
  const pending = items.entries()
  let failed = false
  const worker = async (): Promise<void> => {
    for (const [index, item] of pending) {
      if (failed) return
      try {
        results[index] = await task(item)
      } catch (error) {
        failed = true
        throw error
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}
