import type { Analyzer } from '../types'
import { inventoryFindings } from '../inventory/findings'
import { inspectFile } from '../inventory/inspect-file'
import { mapWithConcurrency } from '../inventory/map-with-concurrency'
import { inventoryMetrics } from '../inventory/metrics'
import { summarizeInventory } from '../inventory/summarize'

/** Reads in flight at once: enough to keep the disk busy, few enough to bound memory. */
export const READ_CONCURRENCY = 16
/** Progress is reported once per this many files, and at the end. */
const PROGRESS_EVERY_FILES = 100

/** Tracked files, their languages and line counts (cloc-compatible), and what is left out and why. */
export const inventoryAnalyzer: Analyzer<'inventory'> = {
  id: 'inventory',
  title: 'File inventory',
  version: 1,
  needs: [],
  async run(context) {
    context.signal.throwIfAborted()
    const total = context.files.length
    let done = 0
    const inspected = await mapWithConcurrency(context.files, READ_CONCURRENCY, async (file) => {
      context.signal.throwIfAborted()
      const result = await inspectFile(file, context)
      done += 1
      if (done % PROGRESS_EVERY_FILES === 0 || done === total) {
        context.progress({
          done,
          total,
          message: `Counted ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} files`,
        })
      }
      return result
    })
    const facts = summarizeInventory(inspected)
    return { facts, metrics: inventoryMetrics(facts), findings: inventoryFindings(inspected) }
  },
}
