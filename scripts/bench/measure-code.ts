// Measures the code parse of one already-prepared clone in this process and prints one JSON line.
//   floor: a bare TypeScript `createSourceFile` loop over the files the engine would parse (read, parse,
//          drop), on this thread: the least any syntax-based analysis can cost.
//   scan:  the engine's parse pass (worker thread: parse, measure, imports, duplication).
//   audit: the whole engine run (clone refresh, inventory, history, dependencies, code, hotspots).
// One process per measurement, so each peak memory figure belongs to that measurement alone.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ts } from 'ts-morph'
import { runAudit } from '../../src/main/engine'
import { inventoryAnalyzer } from '../../src/main/engine/analyzers/inventory'
import { scanSources } from '../../src/main/engine/code/scan-sources'
import { scriptKindOf } from '../../src/main/engine/code/script-kind'
import { sourcesToParse } from '../../src/main/engine/code/source-scanner'
import { createRepoFileReader } from '../../src/main/engine/git/repo-files'
import { prepareRepository } from '../../src/main/engine/git/safe-clone'
import { DEFAULT_CAPS } from '../../src/main/engine/git/tree-caps'

const [mode, source, cacheDir] = process.argv.slice(2)
if ((mode !== 'floor' && mode !== 'scan' && mode !== 'audit') || !source || !cacheDir) {
  console.error('usage: measure-code <floor|scan|audit> <repo-folder> <cache-dir>')
  process.exit(2)
}

const signal = new AbortController().signal
const emit = (result: Record<string, unknown>): void => {
  const peakRssBytes = process.resourceUsage().maxRSS * 1024
  process.stdout.write(`${JSON.stringify({ mode, ...result, peakRssBytes })}\n`)
}

if (mode === 'audit') {
  const started = performance.now()
  const result = await runAudit({ source, sourceKind: 'local' }, { cacheDir })
  emit({ seconds: (performance.now() - started) / 1000, files: result.facts.complexity?.totals.files ?? 0 })
} else {
  const repository = await prepareRepository(
    { source, sourceKind: 'local' },
    { cacheDir, caps: DEFAULT_CAPS, signal },
  )
  const inventory = await inventoryAnalyzer.run({
    repoDir: repository.repoDir,
    commitSha: repository.commitSha,
    commitDate: repository.commitDate,
    now: new Date(),
    vulnerabilityDatabaseDir: null,
    files: repository.files,
    caps: DEFAULT_CAPS,
    git: repository.git,
    readFile: createRepoFileReader(repository.repoDir, DEFAULT_CAPS.maxFileBytes),
    sourceScan: () => Promise.reject(new Error('not used')),
    facts: {},
    progress: () => undefined,
    warn: () => undefined,
    signal,
  })
  const sources = sourcesToParse(inventory.facts)
  const bytesByPath = new Map(inventory.facts.files.map((file) => [file.path, file.bytes]))
  const bytes = sources.reduce((sum, file) => sum + (bytesByPath.get(file.path) ?? 0), 0)
  const started = performance.now()
  if (mode === 'floor') {
    for (const file of sources) {
      const text = readFileSync(join(repository.repoDir, file.path), 'utf8')
      ts.createSourceFile(file.path, text, ts.ScriptTarget.Latest, true, scriptKindOf(file.dialect))
    }
  } else {
    const scan = await scanSources(sources, {
      repoDir: repository.repoDir,
      maxFileBytes: DEFAULT_CAPS.maxFileBytes,
      signal,
    })
    if (scan.files.length + scan.problems.length !== sources.length) throw new Error('scan lost files')
  }
  emit({
    seconds: (performance.now() - started) / 1000,
    files: sources.length,
    bytes,
    repoDir: repository.repoDir,
  })
}
