// Measures the code parse of one already-prepared clone in this process and prints one JSON line.
//   floor: a bare TypeScript `createSourceFile` loop over the files the engine would parse (read, parse
//          with parent pointers as ts-morph does, drop), on this thread: the least any syntax-based
//          analysis can cost.
//   floor-no-parents: the same without parent pointers, which the engine's parse skips (its walk sets
//          them), so the comparison can be made against either.
//   scan:  the engine's parse pass (worker thread: parse, measure, imports, security patterns,
//          duplication). As in the engine, the worker is started before the inventory, so TypeScript
//          loads while the inventory runs; the pass is timed from handing it the files.
//   audit: the whole engine run (clone refresh, inventory, history, dependencies, code, hotspots, secrets
//          and security patterns).
//   code-audit: the engine run without the secrets scan and security patterns: inventory, history,
//          dependencies (the architecture needs them) and the code analyses.
// One process per measurement, so each peak memory figure belongs to that measurement alone.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ts } from 'ts-morph'
import { runAudit } from '../../src/main/engine'
import { inventoryAnalyzer } from '../../src/main/engine/analyzers/inventory'
import { EarlyParseWorker } from '../../src/main/engine/code/early-parse-worker'
import { scanSources } from '../../src/main/engine/code/scan-sources'
import { scriptKindOf } from '../../src/main/engine/code/script-kind'
import { sourcesToParse } from '../../src/main/engine/code/source-scanner'
import { benchContext } from './bench-context'

const [mode, source, cacheDir] = process.argv.slice(2)
const MODES = ['floor', 'floor-no-parents', 'scan', 'audit', 'code-audit']
const CODE_ANALYZERS = [
  'inventory',
  'git-history',
  'dependencies',
  'complexity',
  'architecture',
  'hotspots',
] as const
if (!MODES.includes(mode ?? '') || !source || !cacheDir) {
  console.error(
    'usage: measure-code <floor|floor-no-parents|scan|audit|code-audit> <repo-folder> <cache-dir>',
  )
  process.exit(2)
}

const emit = (result: Record<string, unknown>): void => {
  const peakRssBytes = process.resourceUsage().maxRSS * 1024
  process.stdout.write(`${JSON.stringify({ mode, ...result, peakRssBytes })}\n`)
}

if (mode === 'audit' || mode === 'code-audit') {
  const started = performance.now()
  const analyzers = mode === 'code-audit' ? CODE_ANALYZERS : undefined
  const result = await runAudit({ source, sourceKind: 'local' }, { cacheDir, analyzers })
  emit({ seconds: (performance.now() - started) / 1000, files: result.facts.complexity?.totals.files ?? 0 })
} else {
  const parseWorker = new EarlyParseWorker()
  if (mode === 'scan') parseWorker.start()
  const context = await benchContext(source, cacheDir)
  const inventory = await inventoryAnalyzer.run(context)
  const sources = sourcesToParse(inventory.facts)
  const bytesByPath = new Map(inventory.facts.files.map((file) => [file.path, file.bytes]))
  const bytes = sources.reduce((sum, file) => sum + (bytesByPath.get(file.path) ?? 0), 0)
  const started = performance.now()
  if (mode === 'floor' || mode === 'floor-no-parents') {
    const setParentNodes = mode === 'floor'
    for (const file of sources) {
      const text = readFileSync(join(context.repoDir, file.path), 'utf8')
      ts.createSourceFile(file.path, text, ts.ScriptTarget.Latest, setParentNodes, scriptKindOf(file.dialect))
    }
  } else {
    const scan = await scanSources(sources, {
      repoDir: context.repoDir,
      maxFileBytes: context.caps.maxFileBytes,
      signal: context.signal,
      takeWorker: parseWorker.take,
    })
    if (scan.files.length + scan.problems.length !== sources.length) throw new Error('scan lost files')
  }
  emit({
    seconds: (performance.now() - started) / 1000,
    files: sources.length,
    bytes,
    repoDir: context.repoDir,
  })
}
