import type { Workbook } from 'exceljs'
import type { Finding } from '../../../shared/domain/finding'
import type { AuditSnapshot, SnapshotFinding } from '../../../shared/report/audit-snapshot'
import { displayId, SEVERITY_RANK } from './format'
import { addSeverityFill, NUMBER_FORMATS } from './styles'
import { writeTable, type Column } from './table'

export const FINDINGS_SHEET = 'Findings'

type Reference = Finding['references'][number]

/** References as text: the workbook never holds a link (security.md T14), the reader can copy the URL. */
const referenceText = (reference: Reference): string =>
  reference.url === null ? reference.id : `${reference.id} (${reference.url})`

export const FINDINGS_COLUMNS: readonly Column<SnapshotFinding>[] = [
  { header: 'Fingerprint', cell: (finding) => finding.fingerprint, maxWidth: 20 },
  { header: 'Rule', cell: (finding) => finding.ruleId, maxWidth: 36 },
  { header: 'Severity', cell: (finding) => finding.severity },
  { header: 'Category', cell: (finding) => finding.category },
  { header: 'Title', cell: (finding) => finding.title, maxWidth: 60 },
  { header: 'Repository', cell: (finding) => finding.repoName, maxWidth: 30 },
  { header: 'Path', cell: (finding) => finding.location?.path ?? '', maxWidth: 50 },
  { header: 'Line', cell: (finding) => finding.location?.line ?? null, numFmt: NUMBER_FORMATS.integer },
  { header: 'Effort (minutes)', cell: (finding) => finding.effortMinutes, numFmt: NUMBER_FORMATS.integer },
  { header: 'Evidence', cell: (finding) => finding.evidence, maxWidth: 50 },
  { header: 'Explanation', cell: (finding) => finding.explanation, maxWidth: 60 },
  { header: 'Remediation', cell: (finding) => finding.remediation, maxWidth: 60 },
  { header: 'References', cell: (finding) => finding.references.map(referenceText).join('\n'), maxWidth: 40 },
  { header: 'Debt item ID', cell: (finding) => displayId(finding.debtItemId), maxWidth: 30 },
]

/** Worst first, then by place, so a file's findings sit together. */
export function bySeverityAndPlace(findings: readonly SnapshotFinding[]): SnapshotFinding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      compareText(a.repoName, b.repoName) ||
      compareText(a.location?.path ?? '', b.location?.path ?? '') ||
      (a.location?.line ?? 0) - (b.location?.line ?? 0),
  )
}

// Code-unit order, not locale order: the same on every machine, and far cheaper over 20,000 rows.
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

export function addFindingsSheet(workbook: Workbook, snapshot: AuditSnapshot): void {
  const sheet = workbook.addWorksheet(FINDINGS_SHEET)
  const table = writeTable(sheet, FINDINGS_COLUMNS, bySeverityAndPlace(snapshot.findings))
  addSeverityFill(sheet, table.dataRange('Severity'))
}
