import { join } from 'node:path'
import { EXPORT_BUILDERS } from '../main/exports/builders'
import { writeFileAtomically } from '../main/files/write-file-atomically'
import type { AuditResult } from '../shared/domain/audit-result'
import { snapshotFromAudit, type HeadlessEngagement } from './snapshot-from-audit'

/** The files the CLI writes beside audit.json, and which export each is. */
export const CLI_EXPORT_FILES = { 'debt-inventory': 'debt-inventory.xlsx', 'dd-pack': 'dd-pack.pdf' } as const

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
