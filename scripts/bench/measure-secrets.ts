// Times one half of the secrets scan over an already-prepared clone in this process and prints one
// JSON line:
//   tree:    every tracked file of the analysed commit (read, keyword pre-filter, rules), as MB/s;
//   history: every line every reachable commit added (`git log -p --unified=0`), as commits/s.
import { bundledSecretRules } from '../../src/main/engine/secrets/rule-pack'
import { scanHistory } from '../../src/main/engine/secrets/scan-history'
import { scanWorkingTree } from '../../src/main/engine/secrets/scan-working-tree'
import { benchContext } from './bench-context'

const [mode, source, cacheDir] = process.argv.slice(2)
if ((mode !== 'tree' && mode !== 'history') || !source || !cacheDir) {
  console.error('usage: measure-secrets <tree|history> <repo-folder> <cache-dir>')
  process.exit(2)
}

const context = await benchContext(source, cacheDir)
const rules = bundledSecretRules()
const started = performance.now()
let measured: Record<string, number>
if (mode === 'tree') {
  const scans = await scanWorkingTree(context.files, rules, context, () => undefined)
  const scannedBytes = context.files.reduce(
    (sum, file, index) => sum + (scans[index]?.skippedBecause === null ? file.bytes : 0),
    0,
  )
  measured = { files: context.files.length, scannedBytes }
} else {
  if (context.commitSha === null) throw new Error('the repository has no commits')
  const history = await scanHistory(context.commitSha, rules, context, () => undefined)
  measured = { commits: history.facts.commitsScanned, lines: history.facts.linesScanned }
}
process.stdout.write(
  `${JSON.stringify({ mode, seconds: (performance.now() - started) / 1000, ...measured, peakRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`,
)
