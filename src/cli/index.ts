import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { AuditResult } from '../shared/domain/audit-result'
import { EngagementStageSchema } from '../shared/domain/engagement'
import { runAudit } from '../main/engine'
import { suggestRepoName } from '../shared/repo-name'
import { loadOrCreateRedactionKey } from '../main/engine/secrets/redaction-key-file'
import type { AuditSpec } from '../main/engine/types'
import { formatAuditSummary } from './audit-summary'
import { createProgressPrinter } from './progress-printer'
import { buildSampleRepo } from './sample-repo'
import type { HeadlessEngagement } from './snapshot-from-audit'
import { importOsvForRun } from './osv-for-run'
import { writeExports, writeSbom } from './write-exports'

const USAGE = `Usage:
  diligent audit <path-or-url> [options]   audit one repository into DIR: audit.json, debt-inventory.xlsx, dd-pack.pdf, audit.sarif
  diligent demo [--out DIR]                audit the bundled sample repository the same way

Options:
  --out DIR        where to write the results (default: ./diligent-output, or ./demo-output for demo)
  --cache DIR      where clones are kept between runs (default: a temporary folder, removed afterwards)
  --company NAME   the company named in the exports (default: the repository's name)
  --stage STAGE    pre-product, product-market-fit (default) or growth: which checklist items and bar apply
  --osv PATH       an OSV export for npm (the zip, or a folder of its JSON records) to check dependencies against
  --sbom           also write sbom.cdx.json, a CycloneDX SBOM of the repository's dependencies

Checklists in the exports are pre-filled from the engine's suggestions only, and marked as such.
`

async function isExistingPath(source: string): Promise<boolean> {
  return stat(source).then(
    () => true,
    () => false,
  )
}

interface AuditTarget {
  spec: AuditSpec
  outDir: string
  cacheDir: string | undefined
  engagement: HeadlessEngagement
  repoName: string
  osvSource: string | undefined
  sbom: boolean
}

async function auditInto({
  spec,
  outDir,
  cacheDir,
  engagement,
  repoName,
  osvSource,
  sbom,
}: AuditTarget): Promise<AuditResult> {
  const controller = new AbortController()
  const cancel = (): void => {
    process.stderr.write('\nCancelling…\n')
    controller.abort()
  }
  process.once('SIGINT', cancel)
  const temporaryCache = cacheDir === undefined ? await mkdtemp(join(tmpdir(), 'diligent-cache-')) : null
  try {
    const workCache = cacheDir ?? temporaryCache ?? ''
    const vulnerabilityDatabaseDir =
      osvSource === undefined ? null : await importOsvForRun(resolve(osvSource), workCache, controller.signal)
    // A kept cache keeps the redaction key too, so tags compare across runs; a temporary one gets a fresh key.
    const redactionKey = cacheDir === undefined ? undefined : await loadOrCreateRedactionKey(cacheDir)
    const result = await runAudit(
      spec,
      { cacheDir: workCache, vulnerabilityDatabaseDir, redactionKey },
      { signal: controller.signal, onProgress: createProgressPrinter((line) => process.stderr.write(line)) },
    )
    await mkdir(outDir, { recursive: true })
    await writeFile(join(outDir, 'audit.json'), `${JSON.stringify(result, null, 2)}\n`)
    const exports = await writeExports(result, outDir, engagement, repoName, (line) =>
      process.stderr.write(line),
    )
    if (sbom) exports.push(await writeSbom(result, outDir, repoName))
    process.stdout.write(formatAuditSummary(result))
    process.stderr.write(`Wrote ${[join(outDir, 'audit.json'), ...exports].join(', ')}\n`)
    return result
  } finally {
    process.off('SIGINT', cancel)
    if (temporaryCache !== null) await rm(temporaryCache, { recursive: true, force: true })
  }
}

/** The headless `diligent` command; returns the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        cache: { type: 'string' },
        company: { type: 'string' },
        stage: { type: 'string' },
        osv: { type: 'string' },
        sbom: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`)
    return 2
  }
  const [command, source, ...extra] = parsed.positionals
  if (parsed.values.help || command === undefined) {
    process.stdout.write(USAGE)
    return command === undefined && !parsed.values.help ? 2 : 0
  }
  const stage = EngagementStageSchema.safeParse(parsed.values.stage ?? 'product-market-fit')
  if (!stage.success) {
    process.stderr.write(`--stage must be pre-product, product-market-fit or growth\n\n${USAGE}`)
    return 2
  }
  try {
    if (command === 'audit' && source !== undefined && extra.length === 0) {
      const sourceKind = (await isExistingPath(source)) ? 'local' : 'url'
      const spec: AuditSpec = { source: sourceKind === 'local' ? resolve(source) : source, sourceKind }
      const repoName = suggestRepoName(source)
      await auditInto({
        spec,
        outDir: resolve(parsed.values.out ?? 'diligent-output'),
        cacheDir: parsed.values.cache,
        engagement: { name: parsed.values.company ?? repoName, stage: stage.data },
        repoName,
        osvSource: parsed.values.osv,
        sbom: parsed.values.sbom === true,
      })
      return 0
    }
    if (command === 'demo' && source === undefined) {
      const workDir = await mkdtemp(join(tmpdir(), 'diligent-demo-'))
      try {
        const repoDir = await buildSampleRepo(join(workDir, 'orderly-api'))
        process.stderr.write(`Built the sample repository at ${repoDir}\n`)
        await auditInto({
          spec: { source: repoDir, sourceKind: 'local' },
          outDir: resolve(parsed.values.out ?? 'demo-output'),
          cacheDir: undefined,
          engagement: { name: parsed.values.company ?? 'Orderly', stage: stage.data },
          repoName: 'orderly-api',
          osvSource: parsed.values.osv,
          sbom: parsed.values.sbom === true,
        })
      } finally {
        await rm(workDir, { recursive: true, force: true })
      }
      return 0
    }
  } catch (error) {
    process.stderr.write(`diligent: ${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
  process.stderr.write(USAGE)
  return 2
}
