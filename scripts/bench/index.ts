// npm run bench [-- --files N --commits N --authors N --findings N] [-- --repo PATH]
// Times the inventory and git-history analyzers separately, each in its own process, next to
// cloc and `git log --numstat` over the same tree and history, measured in the same run; then the
// code parse next to a bare TypeScript createSourceFile loop over the same files (the floor; each the
// median of five interleaved runs), and the inventory, history and code analyses next to
// `git log --numstat` plus that loop run one after the other, and the whole audit; then the secrets
// scan of the working tree (MB/s) and of the history (commits/s, next to git producing the diff).
import { execFile, spawnSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs, promisify } from 'node:util'
import { HISTORY_PATHSPEC_EXCLUDES } from '../../src/main/engine/history/excluded-paths'
import { historyDiffArgs } from '../../src/main/engine/secrets/history-diff'
import { buildSyntheticRepo } from './synthetic-repo'

const run = promisify(execFile)

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '20000' },
    commits: { type: 'string', default: '20000' },
    authors: { type: 'string', default: '25' },
    findings: { type: 'string', default: '20000' },
    repo: { type: 'string' },
  },
})

interface Measurement {
  seconds: number
  peakRssBytes: number | null
}

async function timeCommand(command: string, args: string[], cwd: string): Promise<Measurement> {
  const started = performance.now()
  await run(command, args, { cwd, maxBuffer: 1024 * 1024 * 1024 })
  return { seconds: (performance.now() - started) / 1000, peakRssBytes: null }
}

async function measureAnalyzer(
  analyzerId: string,
  repo: string,
  cacheDir: string,
): Promise<Measurement & { files: number; repoDir: string }> {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', resolve('scripts/bench/measure-analyzer.ts'), analyzerId, repo, cacheDir],
    { maxBuffer: 10 * 1024 * 1024 },
  )
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}')
}

async function measureSecrets(
  mode: 'tree' | 'history',
  repo: string,
  cacheDir: string,
): Promise<Measurement & { files?: number; scannedBytes?: number; commits?: number; lines?: number }> {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', resolve('scripts/bench/measure-secrets.ts'), mode, repo, cacheDir],
    { maxBuffer: 10 * 1024 * 1024 },
  )
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}')
}

async function measureCode(
  mode: 'floor' | 'floor-no-parents' | 'scan' | 'audit' | 'code-audit',
  repo: string,
  cacheDir: string,
): Promise<Measurement & { files: number; bytes: number }> {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', resolve('scripts/bench/measure-code.ts'), mode, repo, cacheDir],
    { maxBuffer: 10 * 1024 * 1024 },
  )
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}')
}

/**
 * Runs of each parse measurement: their ratio is the figure that matters, and on a shared machine one
 * run wobbles by 20% or more.
 */
const PARSE_RUNS = 5

/**
 * Each measurement's median run, the measurements taken in turn, so a slow spell of the machine
 * touches all of them alike rather than one.
 */
async function medianOfInterleavedRuns<Mode extends string, Result extends Measurement>(
  modes: readonly Mode[],
  measure: (mode: Mode) => Promise<Result>,
): Promise<Record<Mode, Result>> {
  const runs = new Map<Mode, Result[]>(modes.map((mode) => [mode, []]))
  for (let round = 0; round < PARSE_RUNS; round += 1)
    for (const mode of modes) runs.get(mode)?.push(await measure(mode))
  const medians = {} as Record<Mode, Result>
  for (const [mode, results] of runs) {
    const sorted = results.toSorted((left, right) => left.seconds - right.seconds)
    medians[mode] = sorted[Math.floor(sorted.length / 2)] as Result
  }
  return medians
}

const mb = (bytes: number | null): string => (bytes === null ? '—' : `${Math.round(bytes / 1024 / 1024)} MB`)
const size = (bytes: number): string =>
  bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`

const workDir = await mkdtemp(join(tmpdir(), 'diligent-bench-'))
try {
  const repo = values.repo ? resolve(values.repo) : join(workDir, 'synthetic')
  if (!values.repo) {
    const shape = {
      files: Number(values.files),
      commits: Number(values.commits),
      authors: Number(values.authors),
    }
    console.error(
      `Building a synthetic repository: ${shape.files} files, ${shape.commits} commits, ${shape.authors} authors…`,
    )
    await buildSyntheticRepo(repo, shape)
  }
  const cacheDir = join(workDir, 'cache')
  console.error('Cloning it into the bench cache (not timed)…')
  await measureAnalyzer('inventory', repo, cacheDir) // warm-up: clones, fills the OS page cache
  const inventory = await measureAnalyzer('inventory', repo, cacheDir)
  const history = await measureAnalyzer('git-history', repo, cacheDir)
  const commits = Number((await run('git', ['rev-list', '--count', 'HEAD'], { cwd: repo })).stdout.trim())

  // The baselines read the very clone the analyzers read: same tree, same packs.
  const clone = inventory.repoDir
  const hasCloc = spawnSync('cloc', ['--version']).status === 0
  const cloc = hasCloc ? await timeCommand('cloc', ['--quiet', '--json', '--vcs=git', '.'], clone) : null
  const gitLog = await timeCommand(
    'git',
    ['log', '--numstat', '--no-renames', '--format=%H', 'HEAD', '--', '.', ...HISTORY_PATHSPEC_EXCLUDES],
    clone,
  )

  const label =
    values.repo ?? `synthetic (${values.files} files, ${values.commits} commits, ${values.authors} authors)`
  console.log(`\nRepository: ${label}: ${inventory.files} files, ${commits} commits`)
  console.log('| measurement | wall time | files/s | peak memory |')
  console.log('| --- | --- | --- | --- |')
  const row = (name: string, m: Measurement, files: number | null): void =>
    console.log(
      `| ${name} | ${m.seconds.toFixed(2)} s | ${files === null ? '—' : Math.round(files / m.seconds)} | ${mb(m.peakRssBytes)} |`,
    )
  row('inventory analyzer', inventory, inventory.files)
  row(
    cloc ? 'cloc --vcs=git (same tree)' : 'cloc: not installed (apt-get install cloc)',
    cloc ?? { seconds: NaN, peakRssBytes: null },
    inventory.files,
  )
  row('git-history analyzer', history, null)
  row('git log --numstat --no-renames, same pathspec', gitLog, null)
  if (cloc) console.log(`\ninventory vs cloc: ${(cloc.seconds / inventory.seconds).toFixed(1)}× faster`)
  console.log(`git-history vs git log --numstat: ${(history.seconds / gitLog.seconds).toFixed(2)}× the time`)

  console.error('Parsing the JavaScript and TypeScript: the bare loop, the engine, then the whole audit…')
  const parse = await medianOfInterleavedRuns(['floor', 'floor-no-parents', 'scan'] as const, (mode) =>
    measureCode(mode, repo, cacheDir),
  )
  const { floor, 'floor-no-parents': floorWithoutParents, scan } = parse
  const codeAudit = await measureCode('code-audit', repo, cacheDir)
  const audit = await measureCode('audit', repo, cacheDir)
  const megabytes = floor.bytes / 1024 / 1024
  console.log(
    `\nCode: ${floor.files} JavaScript/TypeScript files, ${megabytes.toFixed(1)} MB (parse rows: median of ${PARSE_RUNS} interleaved runs)`,
  )
  console.log('| measurement | wall time | files/s | MB/s | peak memory |')
  console.log('| --- | --- | --- | --- | --- |')
  const codeRow = (name: string, m: Measurement): void =>
    console.log(
      `| ${name} | ${m.seconds.toFixed(2)} s | ${Math.round(floor.files / m.seconds)} | ${(megabytes / m.seconds).toFixed(1)} | ${mb(m.peakRssBytes)} |`,
    )
  codeRow('TypeScript createSourceFile loop (the floor)', floor)
  codeRow('the same loop without parent pointers', floorWithoutParents)
  codeRow('code parse pass (worker: measure, imports, duplication)', scan)
  console.log(
    `\ncode parse vs the floor: ${(scan.seconds / floor.seconds).toFixed(2)}× the time ` +
      `(${(scan.seconds / floorWithoutParents.seconds).toFixed(2)}× the loop without parent pointers)`,
  )
  const baseline = gitLog.seconds + floor.seconds
  console.log(
    `inventory, history and code analyses: ${codeAudit.seconds.toFixed(2)} s at ${mb(codeAudit.peakRssBytes)}, ` +
      `vs git log --numstat then the floor loop ${baseline.toFixed(2)} s: ${(codeAudit.seconds / baseline).toFixed(2)}× the time`,
  )
  console.log(
    `whole audit (every analyzer, secrets history included): ${audit.seconds.toFixed(2)} s at ${mb(audit.peakRssBytes)}`,
  )

  console.error('Scanning for secrets: the working tree, then the history…')
  const tree = await measureSecrets('tree', repo, cacheDir)
  const secretHistory = await measureSecrets('history', repo, cacheDir)
  const gitDiff = await timeCommand('git', historyDiffArgs('HEAD'), clone)
  const scannedMegabytes = (tree.scannedBytes ?? 0) / 1024 / 1024
  const commitsScanned = secretHistory.commits ?? 0
  console.log(`\nSecrets: ${scannedMegabytes.toFixed(1)} MB of tracked files, ${commitsScanned} commits`)
  console.log('| measurement | wall time | rate | peak memory |')
  console.log('| --- | --- | --- | --- |')
  console.log(
    `| working tree (read, pre-filter, rules) | ${tree.seconds.toFixed(2)} s | ${(scannedMegabytes / tree.seconds).toFixed(1)} MB/s | ${mb(tree.peakRssBytes)} |`,
  )
  console.log(
    `| history (every added line) | ${secretHistory.seconds.toFixed(2)} s | ${Math.round(commitsScanned / secretHistory.seconds)} commits/s | ${mb(secretHistory.peakRssBytes)} |`,
  )
  console.log(
    `| git log -p --unified=0 alone (the diff it reads) | ${gitDiff.seconds.toFixed(2)} s | ${Math.round(commitsScanned / gitDiff.seconds)} commits/s | — |`,
  )

  console.error(`Exporting the sample engagement with ${values.findings} more findings…`)
  const { stdout: exportLine } = await run(
    process.execPath,
    ['--import', 'tsx', resolve('scripts/bench/measure-exports.ts'), values.findings],
    { maxBuffer: 10 * 1024 * 1024 },
  )
  const exported = JSON.parse(exportLine.trim().split('\n').at(-1) ?? '{}')
  console.log(
    `\nExports: ${exported.findings} findings in ${exported.debtItems} debt items (peak memory ${mb(exported.peakRssBytes)})`,
  )
  console.log('| step | wall time | size |')
  console.log('| --- | --- | --- |')
  console.log(
    `| snapshot (grouping, priorities, checklists) | ${exported.assembleSeconds.toFixed(2)} s | — |`,
  )
  console.log(
    `| debt inventory (.xlsx) | ${exported.xlsxSeconds.toFixed(2)} s | ${size(exported.xlsxBytes)} |`,
  )
  console.log(
    `| due-diligence pack (.pdf) | ${exported.pdfSeconds.toFixed(2)} s | ${size(exported.pdfBytes)} |`,
  )
} finally {
  await rm(workDir, { recursive: true, force: true })
}
