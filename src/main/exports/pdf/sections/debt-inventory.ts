import type { Content, ContentText } from 'pdfmake/interfaces'
import type { SnapshotDebtItem } from '../../../../shared/report/audit-snapshot'
import { cell, dataTable, note, paragraph, sectionHeading, stackCell } from '../blocks'
import type { PackContext } from '../context'
import { capitalise, formatInteger, formatNumber } from '../format'
import { repoLine } from '../repo-text'
import { SECTION_TITLES } from '../section-titles'
import { COLOURS, SEVERITY_COLOURS } from '../theme'

export const DEBT_SHOWN = 25
const LOCATIONS_SHOWN = 3

const STATUS_LABELS: Readonly<Record<SnapshotDebtItem['status'], string>> = {
  open: 'Open',
  accepted: 'Accepted',
  planned: 'Planned',
  'wont-fix': 'Won\u2019t fix',
  'false-positive': 'False positive',
}

function where(item: SnapshotDebtItem): ContentText {
  const shown = item.locations.slice(0, LOCATIONS_SHOWN).join(', ')
  const more =
    item.locations.length > LOCATIONS_SHOWN ? ` and ${item.locations.length - LOCATIONS_SHOWN} more` : ''
  const findings = item.findingCount === 1 ? '' : ` · ${formatInteger(item.findingCount)} findings`
  return {
    ...repoLine(`${capitalise(item.category)} · ${shown}${more}${findings}`, 600),
    fontSize: 7,
    color: COLOURS.muted,
  }
}

export function debtInventorySection(context: PackContext): Content[] {
  const items = context.rankedDebt
  if (items.length === 0)
    return [
      sectionHeading(SECTION_TITLES.debt),
      note('No debt item was recorded, so there is nothing to rank.'),
    ]
  const open = items.filter((item) => item.status === 'open').length
  const shown = items.slice(0, DEBT_SHOWN)
  return [
    sectionHeading(SECTION_TITLES.debt),
    paragraph(
      `${formatInteger(items.length)} debt items in total (${formatInteger(open)} open; false positives left out). ` +
        `${items.length > DEBT_SHOWN ? `The ${DEBT_SHOWN} with the highest priority follow` : 'All of them follow, highest priority first'}; the Excel export holds the full inventory. ` +
        'Priority = impact × interest ÷ effort; an auditor\u2019s override is marked with *.',
    ),
    dataTable(
      [
        { header: '#', width: 16, align: 'right' },
        { header: 'Debt item', width: '*' },
        { header: 'Severity', width: 46 },
        { header: 'Priority', width: 40, align: 'right' },
        { header: 'Effort (h)', width: 42, align: 'right' },
        { header: 'Status and owner', width: 80 },
      ],
      shown.map((item, index) => [
        cell(String(index + 1)),
        stackCell([{ ...repoLine(item.title, 400), bold: true }, where(item)]),
        cell({ text: capitalise(item.severity), bold: true, color: SEVERITY_COLOURS[item.severity] }),
        cell(`${formatNumber(item.priority, 2)}${item.priorityOverridden ? '*' : ''}`),
        cell(formatNumber(item.effortHours)),
        stackCell([
          { text: STATUS_LABELS[item.status] },
          item.owner.trim() === ''
            ? { text: 'no owner yet', fontSize: 7, color: COLOURS.faint }
            : { ...repoLine(item.owner, 100), fontSize: 7, color: COLOURS.muted },
        ]),
      ]),
    ),
  ]
}
