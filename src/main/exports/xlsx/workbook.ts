import ExcelJS from 'exceljs'
import type { AuditSnapshot } from '../../../shared/report/audit-snapshot'
import { addChecklistsSheet } from './checklists-sheet'
import { addCodeHealthSheets } from './code-health-sheets'
import { addDebtInventorySheet } from './debt-inventory-sheet'
import { addDependenciesSheets } from './dependencies-sheets'
import { addFindingsSheet } from './findings-sheet'
import { addMetricsSheet } from './metrics-sheet'
import { addSecretsSheet } from './secrets-sheet'
import { addSecuritySheet } from './security-sheet'
import { addSummarySheet } from './summary-sheet'

/**
 * The tech-debt inventory workbook (.xlsx) of a snapshot: Summary, Debt inventory, Findings, Checklists,
 * Metrics, Hotspots, Functions, Secrets, Security, Dependencies, Licences, Vulnerabilities. A pure
 * function: bytes out, main writes the file. The in-memory workbook rather than the streaming writer:
 * the snapshot is in memory already, and 20,000 rows build in a few seconds.
 */
export async function buildDebtInventoryWorkbook(snapshot: AuditSnapshot): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  // Document properties say who made the file and when, nothing from the audited repositories.
  workbook.creator = 'Diligent'
  workbook.lastModifiedBy = 'Diligent' // exceljs would write "Unknown"
  const generatedAt = new Date(snapshot.generatedAt)
  if (!Number.isNaN(generatedAt.getTime())) {
    workbook.created = generatedAt
    workbook.modified = generatedAt
  }

  addSummarySheet(workbook, snapshot)
  addDebtInventorySheet(workbook, snapshot)
  addFindingsSheet(workbook, snapshot)
  addChecklistsSheet(workbook, snapshot)
  addMetricsSheet(workbook, snapshot)
  addCodeHealthSheets(workbook, snapshot)
  addSecretsSheet(workbook, snapshot)
  addSecuritySheet(workbook, snapshot)
  addDependenciesSheets(workbook, snapshot)

  const bytes = await workbook.xlsx.writeBuffer()
  // A Node Buffer at run time, but exceljs types it as its own ArrayBuffer-like interface.
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes)
}
