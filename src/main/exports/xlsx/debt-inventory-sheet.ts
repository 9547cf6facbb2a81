import type { Workbook } from 'exceljs'
import { DEBT_STATUSES } from '../../../shared/domain/debt-item'
import type { AuditSnapshot, SnapshotDebtItem } from '../../../shared/report/audit-snapshot'
import { displayId, lines, SEVERITY_RANK } from './format'
import { addListValidation, addSeverityFill, NUMBER_FORMATS } from './styles'
import { writeTable, type Column } from './table'

export const DEBT_INVENTORY_SHEET = 'Debt inventory'

export const DEBT_INVENTORY_COLUMNS: readonly Column<SnapshotDebtItem>[] = [
  { header: 'ID', cell: (item) => displayId(item.id), maxWidth: 30 },
  { header: 'Title', cell: (item) => item.title, maxWidth: 60 },
  { header: 'Rule', cell: (item) => item.ruleId, maxWidth: 36 },
  { header: 'Category', cell: (item) => item.category },
  { header: 'Severity', cell: (item) => item.severity },
  { header: 'Repository', cell: (item) => item.repoNames.join(', '), maxWidth: 30 },
  { header: 'Location', cell: (item) => lines(item.locations), maxWidth: 50 },
  { header: 'Findings', cell: (item) => item.findingCount, numFmt: NUMBER_FORMATS.integer },
  { header: 'Effort (hours)', cell: (item) => item.effortHours, numFmt: NUMBER_FORMATS.hours },
  { header: 'Interest', cell: (item) => item.interest, numFmt: NUMBER_FORMATS.priority },
  { header: 'Priority', cell: (item) => item.priority, numFmt: NUMBER_FORMATS.priority },
  { header: 'Status', cell: (item) => item.status, minWidth: 16, maxWidth: 16 },
  { header: 'Owner', cell: (item) => item.owner, minWidth: 16, maxWidth: 24 },
  { header: 'Notes', cell: (item) => item.notes, minWidth: 30, maxWidth: 60 },
  { header: 'Remediation', cell: (item) => item.remediation, maxWidth: 60 },
  { header: 'Priority explanation', cell: (item) => item.priorityExplanation, maxWidth: 60 },
]

/** Highest priority first, the order a team works in; ties by severity, then as the snapshot lists them. */
export function byPriority(items: readonly SnapshotDebtItem[]): SnapshotDebtItem[] {
  return [...items].sort(
    (a, b) => b.priority - a.priority || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
  )
}

export function addDebtInventorySheet(workbook: Workbook, snapshot: AuditSnapshot): void {
  const sheet = workbook.addWorksheet(DEBT_INVENTORY_SHEET)
  const table = writeTable(sheet, DEBT_INVENTORY_COLUMNS, byPriority(snapshot.debtItems))
  addSeverityFill(sheet, table.dataRange('Severity'))
  addListValidation(sheet, table.dataRange('Status'), DEBT_STATUSES, 'status')
}
