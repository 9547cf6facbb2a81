import type { SarifImport } from '../../../../shared/domain/tool-import'
import type { DiligentDatabase } from '../database'
import type { FindingRecord, ToolImportRecord } from '../records'

/**
 * Stores a SARIF file's results in a repository, all or nothing: for each tool, the repository's
 * earlier import of that tool and its findings go, and the new ones take their place. Runs are never
 * touched. Triage lives in debt items keyed by fingerprint, so it carries over to the new findings.
 */
export async function saveSarifImport(
  db: DiligentDatabase,
  repo: { id: string; engagementId: string },
  sarif: SarifImport,
): Promise<ToolImportRecord[]> {
  const importedAt = new Date().toISOString()
  const records: ToolImportRecord[] = sarif.tools.map((tool) => ({
    id: crypto.randomUUID(),
    engagementId: repo.engagementId,
    repoId: repo.id,
    toolName: tool.toolName,
    toolVersion: tool.toolVersion,
    fileName: sarif.fileName,
    importedAt,
    resultCount: tool.findings.length,
    warnings: tool.warnings,
  }))
  const findings: FindingRecord[] = sarif.tools.flatMap((tool, index) =>
    tool.findings.map((finding) => ({
      ...finding,
      id: crypto.randomUUID(),
      engagementId: repo.engagementId,
      repoId: repo.id,
      runId: (records[index] as ToolImportRecord).id,
    })),
  )
  const toolNames = new Set(records.map((record) => record.toolName))
  await db.transaction('rw', db.repos, db.toolImports, db.findings, async () => {
    if ((await db.repos.get(repo.id)) === undefined) throw new Error('This repository no longer exists')
    const replaced = (await db.toolImports.where('repoId').equals(repo.id).toArray()).filter((earlier) =>
      toolNames.has(earlier.toolName),
    )
    for (const earlier of replaced) await db.findings.where('runId').equals(earlier.id).delete()
    await db.toolImports.bulkDelete(replaced.map((earlier) => earlier.id))
    await db.toolImports.bulkAdd(records)
    await db.findings.bulkAdd(findings)
  })
  return records
}

/** Removes one import and its findings; the auditor's triage of them stays, as it does for fixed findings. */
export async function removeToolImport(db: DiligentDatabase, importId: string): Promise<void> {
  await db.transaction('rw', db.toolImports, db.findings, async () => {
    await db.findings.where('runId').equals(importId).delete()
    await db.toolImports.delete(importId)
  })
}
