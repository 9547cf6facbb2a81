// Times the exports over an engagement with many findings, in this process, and prints one JSON line:
// the sample repository audited for real, plus N synthetic findings spread over rules, folders and severities.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildSampleRepo } from '../../src/cli/sample-repo'
import { snapshotFromAudit } from '../../src/cli/snapshot-from-audit'
import { runAudit } from '../../src/main/engine'
import { EXPORT_BUILDERS } from '../../src/main/exports/builders'
import type { Finding, Severity } from '../../src/shared/domain/finding'

const count = Number(process.argv[2] ?? '20000')
const SEVERITIES: Severity[] = ['critical', 'high', 'medium', 'medium', 'low', 'low', 'info']

function syntheticFinding(index: number): Finding {
  return {
    fingerprint: `bench-${index}`,
    ruleId: `bench/rule-${index % 40}`,
    category: 'debt',
    severity: SEVERITIES[index % SEVERITIES.length] ?? 'low',
    title: `Synthetic finding ${index}`,
    explanation: 'Made up for the benchmark.',
    location: { path: `src/module-${index % 500}/file-${index}.ts`, line: (index % 300) + 1, column: null },
    evidence: null,
    effortMinutes: 30 + (index % 5) * 30,
    remediation: 'Fix it.',
    references: [],
  }
}

const workDir = await mkdtemp(join(tmpdir(), 'diligent-bench-exports-'))
try {
  const repo = await buildSampleRepo(join(workDir, 'orderly-api'))
  const result = await runAudit({ source: repo, sourceKind: 'local' }, { cacheDir: join(workDir, 'cache') })
  const many = {
    ...result,
    findings: [...result.findings, ...Array.from({ length: count }, (_, index) => syntheticFinding(index))],
  }
  const time = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
    const started = performance.now()
    const value = await work()
    return [value, (performance.now() - started) / 1000]
  }
  const [snapshot, assembleSeconds] = await time(() =>
    snapshotFromAudit(many, { name: 'Orderly', stage: 'growth' }, 'orderly-api'),
  )
  const [xlsx, xlsxSeconds] = await time(() => EXPORT_BUILDERS['debt-inventory'](snapshot))
  const [pdf, pdfSeconds] = await time(() => EXPORT_BUILDERS['dd-pack'](snapshot))
  process.stdout.write(
    `${JSON.stringify({
      findings: snapshot.findings.length,
      debtItems: snapshot.debtItems.length,
      assembleSeconds,
      xlsxSeconds,
      xlsxBytes: xlsx.byteLength,
      pdfSeconds,
      pdfBytes: pdf.byteLength,
      peakRssBytes: process.resourceUsage().maxRSS * 1024,
    })}\n`,
  )
} finally {
  await rm(workDir, { recursive: true, force: true })
}
