import { join } from 'node:path'
import { EXPORT_BUILDERS } from '../main/exports/builders'
import { buildCycloneDxSbom, serialiseSbom } from '../main/exports/sbom/build-sbom'
import { writeFileAtomically } from '../main/engine/files/write-atomically'
import type { AuditResult } from '../shared/domain/audit-result'
import { snapshotFromAudit, type HeadlessEngagement } from './snapshot-from-audit'

/** The files the CLI writes beside audit.json, and which export each is. */
export const CLI_EXPORT_FILES = {
  'debt-inventory': 'debt-inventory.xlsx',
  'dd-pack': 'dd-pack.pdf',
  sarif: 'audit.sarif',
} as const

/** Builds the workbook and the pack from the audit and writes them into `outDir`; returns the paths written. */
export async function writeExports(
  result: AuditResult,
  outDir: string,
  engagement: HeadlessEngagement,
  repoName: string,
  report: (line: string) => void,
): Promise<string[]> {
  const snapshot = await snapshotFromAudit(result, engagement, repoName)
  const written: string[] = []
  for (const [kind, fileName] of Object.entries(CLI_EXPORT_FILES) as [
    keyof typeof CLI_EXPORT_FILES,
    string,
  ][]) {
    report(`[export] ${fileName}\n`)
    const path = join(outDir, fileName)
    await writeFileAtomically(path, await EXPORT_BUILDERS[kind](snapshot))
    written.push(path)
  }
  return written
}

/** The CycloneDX SBOM of the audited repository, beside the other files. */
export async function writeSbom(result: AuditResult, outDir: string, repoName: string): Promise<string> {
  const path = join(outDir, 'sbom.cdx.json')
  const snapshot = await snapshotFromAudit(result, { name: repoName, stage: 'product-market-fit' }, repoName)
  const [repo] = snapshot.repos
  if (repo === undefined) throw new Error('The audit has no repository to describe')
  const sbom = buildCycloneDxSbom(repo, { generatedAt: result.finishedAt, toolVersion: result.engineVersion })
  await writeFileAtomically(path, serialiseSbom(sbom))
  return path
}
