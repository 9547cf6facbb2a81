import type { Workbook } from 'exceljs'
import type { AuditSnapshot, SnapshotChecklist } from '../../../shared/report/audit-snapshot'
import { lines } from './format'
import { addSeverityFill, NUMBER_FORMATS, SUGGESTION_FONT } from './styles'
import { writeTable, type Column } from './table'

export const CHECKLISTS_SHEET = 'Checklists'

type Section = SnapshotChecklist['sections'][number]
type Item = Section['items'][number]
interface ChecklistRow {
  checklist: SnapshotChecklist
  section: Section
  item: Item
}

/** How the "Answered by" column names an answer the engine proposed and no auditor has confirmed. */
export const SUGGESTION_LABEL = 'suggestion (not confirmed by the auditor)'

const answeredBy = (item: Item): string =>
  item.answeredBy === 'suggestion' ? SUGGESTION_LABEL : item.answeredBy === 'auditor' ? 'auditor' : ''
const suggestionFont = ({ item }: ChecklistRow) =>
  item.answeredBy === 'suggestion' ? SUGGESTION_FONT : undefined

export const CHECKLISTS_COLUMNS: readonly Column<ChecklistRow>[] = [
  { header: 'Checklist', cell: (row) => row.checklist.title, maxWidth: 30 },
  { header: 'Section', cell: (row) => row.section.title, maxWidth: 30 },
  { header: 'ID', cell: (row) => row.item.id, maxWidth: 40 },
  { header: 'Question', cell: (row) => row.item.question, maxWidth: 70 },
  { header: 'Severity', cell: (row) => row.item.severity },
  { header: 'Weight', cell: (row) => row.item.weight, numFmt: NUMBER_FORMATS.integer },
  { header: 'Answer', cell: (row) => row.item.status, font: suggestionFont, minWidth: 14 },
  { header: 'Answered by', cell: (row) => answeredBy(row.item), font: suggestionFont, maxWidth: 42 },
  { header: 'Notes', cell: (row) => row.item.notes, minWidth: 30, maxWidth: 60 },
  { header: 'Evidence', cell: (row) => lines(row.item.evidence), maxWidth: 60 },
]

function* checklistRows(checklists: readonly SnapshotChecklist[]): Generator<ChecklistRow> {
  for (const checklist of checklists) {
    for (const section of checklist.sections) {
      for (const item of section.items) yield { checklist, section, item }
    }
  }
}

export function addChecklistsSheet(workbook: Workbook, snapshot: AuditSnapshot): void {
  const sheet = workbook.addWorksheet(CHECKLISTS_SHEET)
  const table = writeTable(sheet, CHECKLISTS_COLUMNS, checklistRows(snapshot.checklists))
  addSeverityFill(sheet, table.dataRange('Severity'))
}
