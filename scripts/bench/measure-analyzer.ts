// Runs one analyzer over an already-prepared clone in this process and prints one JSON line:
// wall time, files, peak resident memory. The bench starts one process per measurement so each
// peak belongs to that analyzer alone.
import { gitHistoryAnalyzer } from '../../src/main/engine/analyzers/git-history'
import { inventoryAnalyzer } from '../../src/main/engine/analyzers/inventory'
import type { Analyzer } from '../../src/main/engine/types'
import { benchContext } from './bench-context'

const ANALYZERS: Record<string, Analyzer> = {
  inventory: inventoryAnalyzer,
  'git-history': gitHistoryAnalyzer,
}

const [analyzerId, source, cacheDir] = process.argv.slice(2)
const analyzer = ANALYZERS[analyzerId ?? '']
if (!analyzer || !source || !cacheDir) {
  console.error('usage: measure-analyzer <inventory|git-history> <repo-folder> <cache-dir>')
  process.exit(2)
}

const context = await benchContext(source, cacheDir)
const started = performance.now()
await analyzer.run(context)
const seconds = (performance.now() - started) / 1000
process.stdout.write(
  `${JSON.stringify({ analyzerId, seconds, files: context.files.length, repoDir: context.repoDir, peakRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`,
)
