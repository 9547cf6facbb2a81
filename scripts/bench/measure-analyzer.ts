// Runs one analyzer over an already-prepared clone in this process and prints one JSON line:
// wall time, files, peak resident memory. The bench starts one process per measurement so each
// peak belongs to that analyzer alone.
import { gitHistoryAnalyzer } from '../../src/main/engine/analyzers/git-history'
import { inventoryAnalyzer } from '../../src/main/engine/analyzers/inventory'
import { createRepoFileReader } from '../../src/main/engine/git/repo-files'
import { prepareRepository } from '../../src/main/engine/git/safe-clone'
import { DEFAULT_CAPS } from '../../src/main/engine/git/tree-caps'
import type { Analyzer } from '../../src/main/engine/types'

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

const signal = new AbortController().signal
const repository = await prepareRepository(
  { source, sourceKind: 'local' },
  { cacheDir, caps: DEFAULT_CAPS, signal },
)
const started = performance.now()
await analyzer.run({
  repoDir: repository.repoDir,
  commitSha: repository.commitSha,
  commitDate: repository.commitDate,
  now: new Date(),
  vulnerabilityDatabaseDir: null,
  files: repository.files,
  caps: DEFAULT_CAPS,
  git: repository.git,
  readFile: createRepoFileReader(repository.repoDir, DEFAULT_CAPS.maxFileBytes),
  sourceScan: () => Promise.reject(new Error('this bench times inventory and git-history only')),
  facts: {},
  progress: () => undefined,
  warn: () => undefined,
  signal,
})
const seconds = (performance.now() - started) / 1000
process.stdout.write(
  `${JSON.stringify({ analyzerId, seconds, files: repository.files.length, repoDir: repository.repoDir, peakRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`,
)
