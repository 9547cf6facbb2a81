import type ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SUGGESTION_LABEL } from '../../../../src/main/exports/xlsx/checklists-sheet'
import { buildDebtInventoryWorkbook } from '../../../../src/main/exports/xlsx/workbook'
import { DEBT_STATUSES } from '../../../../src/shared/domain/debt-item'
import type { AuditSnapshot } from '../../../../src/shared/report/audit-snapshot'
import { removeTempDirs } from '../../../helpers/make-git-repo'
import { sampleSnapshot, withManyFindings } from '../../../helpers/snapshots'
import { readWorkbook } from './xlsx-parts'

/** The sample repository audited for real, plus 30 synthetic items whose priorities interleave with it. */
let snapshot: AuditSnapshot
let workbook: ExcelJS.Workbook

const HEADERS: Record<string, string[]> = {
  'Debt inventory': [
    'ID',
    'Title',
    'Rule',
    'Category',
    'Severity',
    'Repository',
    'Location',
    'Findings',
    'Effort (hours)',
    'Interest',
    'Priority',
    'Status',
    'Owner',
    'Notes',
    'Remediation',
    'Priority explanation',
  ],
  Findings: [
    'Fingerprint',
    'Rule',
    'Severity',
    'Category',
    'Title',
    'Repository',
    'Path',
    'Line',
    'Effort (minutes)',
    'Evidence',
    'Explanation',
    'Remediation',
    'References',
    'Debt item ID',
  ],
  Checklists: [
    'Checklist',
    'Section',
    'ID',
    'Question',
    'Severity',
    'Weight',
    'Answer',
    'Answered by',
    'Notes',
    'Evidence',
  ],
  Metrics: ['Repository', 'Metric ID', 'Label', 'Value', 'Unit'],
}
const TABLE_SHEETS = Object.keys(HEADERS)

function sheet(name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name)
  if (found === undefined) throw new Error(`no sheet ${name}`)
  return found
}

function headerRow(name: string): unknown[] {
  return (sheet(name).getRow(1).values as unknown[]).slice(1)
}

/** Column values of a table sheet, by header, rows 2… */
function column(name: string, header: string): unknown[] {
  const index = headerRow(name).indexOf(header) + 1
  expect(index).toBeGreaterThan(0)
  const ws = sheet(name)
  const values: unknown[] = []
  for (let row = 2; row <= ws.rowCount; row += 1) values.push(ws.getRow(row).getCell(index).value)
  return values
}

function letterOf(name: string, header: string): string {
  return sheet(name).getColumn(headerRow(name).indexOf(header) + 1).letter
}

/** The Summary's non-blank rows, each with its row number first. */
function summaryRows(): unknown[][] {
  const rows: unknown[][] = []
  sheet('Summary').eachRow((row, number) => rows.push([number, ...(row.values as unknown[]).slice(1)]))
  return rows
}

function rowsUnder(section: string, count: number): unknown[][] {
  const rows = summaryRows()
  const start = rows.findIndex((row) => row[1] === section)
  expect(start).toBeGreaterThanOrEqual(0)
  return rows.slice(start + 2, start + 2 + count).map((row) => row.slice(1))
}

beforeAll(async () => {
  const base = await sampleSnapshot()
  snapshot = withManyFindings(base, 30)
  // A triaged item: a status other than open, an owner and a fractional effort to see laid out.
  snapshot.debtItems[0] = { ...snapshot.debtItems[0]!, status: 'planned', owner: 'Dana', effortHours: 2.25 }
  workbook = await readWorkbook(await buildDebtInventoryWorkbook(snapshot))
}, 60_000)

afterAll(removeTempDirs)

describe('buildDebtInventoryWorkbook: structure', () => {
  it('has its sheets in order', () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      'Summary',
      'Debt inventory',
      'Findings',
      'Checklists',
      'Metrics',
      'Hotspots',
      'Functions',
      'Secrets',
      'Security',
      'Dependencies',
      'Licences',
      'Vulnerabilities',
    ])
  })

  it.each(TABLE_SHEETS)('%s has its header row, bold', (name) => {
    expect(headerRow(name)).toEqual(HEADERS[name])
    expect(sheet(name).getRow(1).getCell(1).font?.bold).toBe(true)
  })

  it('has one row per debt item, finding, checklist item and metric', () => {
    const items = snapshot.checklists.flatMap((list) => list.sections.flatMap((section) => section.items))
    const metrics = snapshot.repos.flatMap((repo) => repo.metrics)
    expect(sheet('Debt inventory').rowCount).toBe(1 + snapshot.debtItems.length)
    expect(sheet('Findings').rowCount).toBe(1 + snapshot.findings.length)
    expect(sheet('Checklists').rowCount).toBe(1 + items.length)
    expect(sheet('Metrics').rowCount).toBe(1 + metrics.length)
    expect(items.length).toBeGreaterThan(100)
    expect(metrics.length).toBeGreaterThan(5)
  })

  it.each(TABLE_SHEETS)('%s freezes the header row', (name) => {
    expect(sheet(name).views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' })
  })

  it.each(TABLE_SHEETS)('%s filters over the whole table', (name) => {
    const ws = sheet(name)
    const last = ws.getColumn(HEADERS[name]!.length).letter
    expect(ws.autoFilter).toBe(`A1:${last}${ws.rowCount}`)
  })

  it('sizes columns from content, within caps', () => {
    for (const name of TABLE_SHEETS) {
      for (const col of sheet(name).columns) {
        const width = col.width ?? 9 // exceljs reads Excel's default width back as undefined
        expect(width).toBeGreaterThanOrEqual(8)
        expect(width).toBeLessThanOrEqual(70)
      }
    }
    expect(sheet('Debt inventory').getColumn(2).width).toBe(60) // titles are long: at the cap
  })

  it('sets only our own document properties', () => {
    expect(workbook.creator).toBe('Diligent')
    expect(workbook.lastModifiedBy).toBe('Diligent')
    expect(workbook.title ?? '').toBe('')
    expect(workbook.subject ?? '').toBe('')
    expect(workbook.company ?? '').toBe('')
    expect(workbook.keywords ?? '').toBe('')
    // The snapshot's time, not the machine's clock (docProps keep whole seconds).
    expect(Math.floor(workbook.created.getTime() / 1000)).toBe(
      Math.floor(Date.parse(snapshot.generatedAt) / 1000),
    )
  })
})

describe('buildDebtInventoryWorkbook: Debt inventory', () => {
  it('is sorted by priority, highest first, and holds every item once', () => {
    const priorities = column('Debt inventory', 'Priority') as number[]
    for (let index = 1; index < priorities.length; index += 1) {
      expect(priorities[index - 1]).toBeGreaterThanOrEqual(priorities[index]!)
    }
    // The snapshot is not in that order, so the sheet really sorted it.
    expect(snapshot.debtItems[0]!.priority).toBeLessThan(
      Math.max(...snapshot.debtItems.map((i) => i.priority)),
    )
    const titles = (column('Debt inventory', 'Title') as string[]).toSorted()
    expect(titles).toEqual(snapshot.debtItems.map((item) => item.title).toSorted())
  })

  it('lays out an item field by field', () => {
    const item = snapshot.debtItems[0]!
    const ws = sheet('Debt inventory')
    const row = (column('Debt inventory', 'Title') as string[]).indexOf(item.title) + 2
    const cells = (ws.getRow(row).values as unknown[]).slice(1)
    expect(cells[0]).toBe(item.id.replaceAll('\u0000', ' · '))
    expect(cells.slice(1, 6)).toEqual([item.title, item.ruleId, item.category, item.severity, 'orderly-api'])
    expect(cells.slice(7, 14)).toEqual([
      item.findingCount,
      2.25,
      item.interest,
      item.priority,
      'planned',
      'Dana',
      undefined, // empty notes: no cell
    ])
    expect(cells[15]).toBe(item.priorityExplanation)
  })

  it('formats hours as 0.0 and interest and priority as 0.00', () => {
    const ws = sheet('Debt inventory')
    for (let row = 2; row <= ws.rowCount; row += 1) {
      expect(ws.getCell(`${letterOf('Debt inventory', 'Effort (hours)')}${row}`).numFmt).toBe('0.0')
      expect(ws.getCell(`${letterOf('Debt inventory', 'Interest')}${row}`).numFmt).toBe('0.00')
      expect(ws.getCell(`${letterOf('Debt inventory', 'Priority')}${row}`).numFmt).toBe('0.00')
    }
    expect(ws.getColumn(letterOf('Debt inventory', 'Priority')).numFmt).toBe('0.00')
  })

  it('offers the five statuses as a drop-down on every status cell', () => {
    const ws = sheet('Debt inventory')
    const letter = letterOf('Debt inventory', 'Status')
    for (const row of [2, ws.rowCount]) {
      const validation = ws.getCell(`${letter}${row}`).dataValidation
      expect(validation).toMatchObject({
        type: 'list',
        showErrorMessage: true,
        formulae: [`"${DEBT_STATUSES.join(',')}"`],
      })
      expect(validation.allowBlank ?? false).toBe(false)
    }
    expect(ws.getCell(`${letter}1`).dataValidation).toBeUndefined()
    expect(ws.getCell(`${letterOf('Debt inventory', 'Owner')}2`).dataValidation).toBeUndefined()
  })
})

interface ConditionalFormat {
  ref: string
  rules: {
    type: string
    operator?: string
    formulae?: unknown[]
    style?: { fill?: { bgColor?: { argb?: string } } }
  }[]
}
const conditionalFormats = (ws: ExcelJS.Worksheet): ConditionalFormat[] =>
  (ws as unknown as { conditionalFormattings: ConditionalFormat[] }).conditionalFormattings

describe('buildDebtInventoryWorkbook: severity colours', () => {
  it.each(['Debt inventory', 'Findings', 'Checklists'])('%s colours its severity column', (name) => {
    const ws = sheet(name)
    const letter = letterOf(name, 'Severity')
    const formats = conditionalFormats(ws)
    expect(formats).toHaveLength(1)
    expect(formats[0]!.ref).toBe(`${letter}2:${letter}${ws.rowCount}`)
    const rules = formats[0]!.rules
    expect(rules.map((rule) => [rule.type, rule.operator, rule.formulae])).toEqual(
      ['critical', 'high', 'medium', 'low'].map((severity) => ['cellIs', 'equal', [`"${severity}"`]]),
    )
    const colours = rules.map((rule) => rule.style?.fill?.bgColor?.argb)
    expect(new Set(colours).size).toBe(4)
  })

  it('has no colour rule on Metrics', () => {
    expect(conditionalFormats(sheet('Metrics'))).toHaveLength(0)
  })
})

describe('buildDebtInventoryWorkbook: Findings, Checklists, Metrics', () => {
  it('lists every finding with its place and its debt item', () => {
    const finding = snapshot.findings.find((f) => f.location?.line !== null && f.location !== null)!
    const row = (column('Findings', 'Fingerprint') as string[]).indexOf(finding.fingerprint) + 2
    const cells = (sheet('Findings').getRow(row).values as unknown[]).slice(1)
    expect(cells.slice(0, 9)).toEqual([
      finding.fingerprint,
      finding.ruleId,
      finding.severity,
      finding.category,
      finding.title,
      finding.repoName,
      finding.location!.path,
      finding.location!.line,
      finding.effortMinutes,
    ])
    expect(cells[13]).toBe(finding.debtItemId.replaceAll('\u0000', ' · '))
    expect(sheet('Findings').getCell(`${letterOf('Findings', 'Effort (minutes)')}${row}`).numFmt).toBe('0')
  })

  it('puts findings worst first', () => {
    const rank = ['critical', 'high', 'medium', 'low', 'info']
    const severities = (column('Findings', 'Severity') as string[]).map((s) => rank.indexOf(s))
    expect(severities).toEqual(severities.toSorted((a, b) => a - b))
  })

  it('marks answers that are only suggestions, visibly', () => {
    const answeredBy = column('Checklists', 'Answered by')
    const suggested = snapshot.checklists
      .flatMap((list) => list.sections.flatMap((section) => section.items))
      .filter((item) => item.answeredBy === 'suggestion')
    expect(suggested.length).toBeGreaterThan(0)
    expect(answeredBy.filter((value) => value === SUGGESTION_LABEL)).toHaveLength(suggested.length)
    const ws = sheet('Checklists')
    const row = answeredBy.indexOf(SUGGESTION_LABEL) + 2
    expect(ws.getCell(`${letterOf('Checklists', 'Answer')}${row}`).font?.italic).toBe(true)
    expect(ws.getCell(`${letterOf('Checklists', 'Answered by')}${row}`).font?.italic).toBe(true)
    expect(ws.getCell(`${letterOf('Checklists', 'Answer')}${row}`).value).toBe(suggested[0]!.status)
    // An unanswered item is blank, not "suggestion".
    expect(answeredBy).toContain(null)
  })

  it('lists metrics per repository with their units', () => {
    const metric = snapshot.repos[0]!.metrics[0]!
    expect((sheet('Metrics').getRow(2).values as unknown[]).slice(1)).toEqual([
      snapshot.repos[0]!.name,
      metric.id,
      metric.label,
      metric.value,
      metric.unit,
    ])
  })
})

describe('buildDebtInventoryWorkbook: Summary', () => {
  it('names the engagement and how the file was made', () => {
    const fields = new Map(summaryRows().map((row) => [row[1], row[2]]))
    expect(fields.get('Company')).toBe('Orderly')
    expect(fields.get('Stage')).toBe('Product–market fit')
    expect(fields.get('Auditor')).toBe('not set')
    expect(fields.get('Generated at')).toBe(snapshot.generatedAt)
    expect(fields.get('Generated by')).toBe('Diligent (command line)')
  })

  it('lists each repository with its commit', () => {
    const [repoRow] = rowsUnder('Repositories', 1)
    const repo = snapshot.repos[0]!
    expect(repoRow!.slice(0, 4)).toEqual([repo.name, repo.branch, repo.commitSha, repo.analysedAt])
  })

  it('gives the overall and per-checklist scores as percentages', () => {
    const rows = rowsUnder('Scores', 1 + snapshot.checklists.length)
    expect(rows.map((row) => row[0])).toEqual(['Overall', ...snapshot.checklists.map((list) => list.title)])
    expect(rows[0]!.slice(1, 4)).toEqual([
      snapshot.overall.score,
      snapshot.overall.rating,
      snapshot.overall.coverage,
    ])
    const ws = sheet('Summary')
    const overallRow = summaryRows().find((row) => row[1] === 'Overall')![0] as number
    expect(ws.getCell(`B${overallRow}`).numFmt).toBe('0%')
    expect(ws.getCell(`D${overallRow}`).numFmt).toBe('0%')
  })

  it('counts debt items and findings by severity and by category', () => {
    const bySeverity = rowsUnder('By severity', 6)
    for (const [severity, items, findings] of bySeverity.slice(0, 5)) {
      expect(items).toBe(snapshot.debtItems.filter((item) => item.severity === severity).length)
      expect(findings).toBe(snapshot.findings.filter((finding) => finding.severity === severity).length)
    }
    expect(bySeverity[5]).toEqual(['Total', snapshot.debtItems.length, snapshot.findings.length])
    const byCategory = rowsUnder('By category', 8)
    for (const [category, items, findings] of byCategory.slice(0, 7)) {
      expect(items).toBe(snapshot.debtItems.filter((item) => item.category === category).length)
      expect(findings).toBe(snapshot.findings.filter((finding) => finding.category === category).length)
    }
    expect(byCategory[7]).toEqual(['Total', snapshot.debtItems.length, snapshot.findings.length])
  })
})
