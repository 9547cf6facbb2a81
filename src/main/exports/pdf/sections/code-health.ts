import type { Content, TableCell } from 'pdfmake/interfaces'
import { FINDING_CATEGORIES, SEVERITIES } from '../../../../shared/domain/finding'
import type { SnapshotDebtItem } from '../../../../shared/report/audit-snapshot'
import { cell, dataTable, keepTogether, note, numberCell, sectionHeading, subheading } from '../blocks'
import type { PackContext } from '../context'
import { capitalise, formatBytes, formatInteger, formatNumber, formatShortDate } from '../format'
import { repoLine } from '../repo-text'
import { SECTION_TITLES } from '../section-titles'
import { COLOURS, SEVERITY_COLOURS } from '../theme'
import { complexitySummary } from './code-health/complexity-summary'
import { folderTruckFactors } from './code-health/folder-truck-factors'
import { changeHotspots } from './code-health/hotspots'
import { worstFunctions } from './code-health/worst-functions'

const FILES_SHOWN = 10
const SHARE_BAR_WIDTH = 90

/** A thin bar for a share of a whole, inside a table cell. */
function shareBar(share: number): TableCell {
  const width = Math.max(0, Math.min(1, share)) * SHARE_BAR_WIDTH
  return {
    canvas: [
      { type: 'rect', x: 0, y: 2, w: SHARE_BAR_WIDTH, h: 7, color: COLOURS.track },
      ...(width > 0 ? [{ type: 'rect' as const, x: 0, y: 2, w: width, h: 7, color: COLOURS.accent }] : []),
    ],
  }
}

function largeFiles({ repos }: PackContext, showRepo: boolean): Content {
  const files = repos
    .flatMap((view) =>
      view.inventory === null
        ? []
        : view.inventory.largestFiles.map((file) => ({
            file,
            repo: view.repo.name,
            lines: view.inventory?.files.find((counted) => counted.path === file.path)?.code ?? null,
          })),
    )
    .sort((left, right) => right.file.bytes - left.file.bytes)
    .slice(0, FILES_SHOWN)
  if (files.length === 0)
    return keepTogether([
      subheading('Largest files'),
      note('No inventory has been taken, so file sizes are unknown.'),
    ])
  return dataTable(
    [
      { header: 'File', width: '*' },
      ...(showRepo ? [{ header: 'Repository', width: 80 }] : []),
      { header: 'Kind', width: 65 },
      { header: 'Size', width: 60, align: 'right' },
      { header: 'Code lines', width: 55, align: 'right' },
    ],
    files.map(({ file, repo, lines }) => [
      cell(repoLine(file.path, 500)),
      ...(showRepo ? [cell(repoLine(repo, 120))] : []),
      cell(file.kind),
      cell(formatBytes(file.bytes)),
      lines === null ? cell('–') : numberCell(lines),
    ]),
    { title: 'Largest files', level: 2 },
  )
}

const openHours = (items: readonly SnapshotDebtItem[]): number =>
  items.filter((item) => item.status === 'open').reduce((sum, item) => sum + item.effortHours, 0)

function debtByCategory(items: readonly SnapshotDebtItem[]): Content {
  const open = items.filter((item) => item.status === 'open').length
  const total = openHours(items)
  const rows = FINDING_CATEGORIES.map((category) => {
    const inCategory = items.filter((item) => item.category === category)
    return { category, inCategory, hours: openHours(inCategory) }
  }).filter((row) => row.inCategory.length > 0)
  return dataTable(
    [
      { header: 'Category', width: '*' },
      { header: 'Items', width: 45, align: 'right' },
      { header: 'Open', width: 45, align: 'right' },
      { header: 'Findings', width: 50, align: 'right' },
      { header: 'Open effort (h)', width: 65, align: 'right' },
      { header: 'Share of open effort', width: SHARE_BAR_WIDTH + 10 },
    ],
    rows.map(({ category, inCategory, hours }) => [
      cell(capitalise(category)),
      numberCell(inCategory.length),
      numberCell(inCategory.filter((item) => item.status === 'open').length),
      numberCell(inCategory.reduce((sum, item) => sum + item.findingCount, 0)),
      cell(formatNumber(hours)),
      shareBar(total === 0 ? 0 : hours / total),
    ]),
    {
      title: 'Debt by category',
      level: 2,
      caption: `${formatInteger(items.length)} debt items (false positives excluded), ${formatInteger(open)} of them open.`,
    },
  )
}

function debtBySeverity(items: readonly SnapshotDebtItem[]): Content {
  return dataTable(
    [
      { header: 'Severity', width: '*' },
      { header: 'Open items', width: 60, align: 'right' },
      { header: 'Open effort (h)', width: 70, align: 'right' },
    ],
    SEVERITIES.map((severity) => {
      const open = items.filter((item) => item.severity === severity && item.status === 'open')
      return [
        cell({ text: capitalise(severity), bold: true, color: SEVERITY_COLOURS[severity] }),
        numberCell(open.length),
        cell(formatNumber(openHours(open))),
      ]
    }),
    { title: 'Open debt by severity' },
  )
}

export function codeHealthSection(context: PackContext): Content[] {
  const { snapshot, repos } = context
  const items = context.rankedDebt
  const showRepo = snapshot.repos.length > 1
  return [
    sectionHeading(SECTION_TITLES.codeHealth),
    ...complexitySummary(repos),
    ...changeHotspots(repos, showRepo),
    ...worstFunctions(repos, showRepo),
    ...folderTruckFactors(repos, showRepo),
    largeFiles(context, showRepo),
    ...(items.length === 0
      ? [keepTogether([subheading('Debt by category'), note('No debt item was recorded.')])]
      : [debtByCategory(items), debtBySeverity(items)]),
    ...(snapshot.comparison.length === 0
      ? []
      : [
          dataTable(
            [
              { header: 'Repository', width: '*' },
              { header: 'Previous analysis', width: 90 },
              { header: 'New', width: 45, align: 'right' },
              { header: 'Fixed', width: 45, align: 'right' },
              { header: 'Still open', width: 50, align: 'right' },
            ],
            snapshot.comparison.map((entry) => [
              cell(repoLine(entry.repoName, 120)),
              cell(formatShortDate(entry.previousAnalysedAt)),
              numberCell(entry.newFindings),
              numberCell(entry.fixedFindings),
              numberCell(entry.stillOpen),
            ]),
            { title: 'Since the previous analysis', level: 2 },
          ),
        ]),
  ]
}
