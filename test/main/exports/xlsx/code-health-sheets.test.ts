import type { Worksheet } from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDebtInventoryWorkbook } from '../../../../src/main/exports/xlsx/workbook'
import type { AuditSnapshot } from '../../../../src/shared/report/audit-snapshot'
import { removeTempDirs } from '../../../helpers/make-git-repo'
import { sampleSnapshot } from '../../../helpers/snapshots'
import { complexityFacts, fn, hotspot, hotspotFacts, withRepoFacts } from '../code-facts'
import { readWorkbook, readXlsxParts } from './xlsx-parts'

let base: AuditSnapshot

const rows = (sheet: Worksheet | undefined): unknown[][] =>
  (sheet?.getSheetValues() ?? []).slice(2).map((row) => (Array.isArray(row) ? row.slice(1) : []))
const header = (sheet: Worksheet | undefined): unknown[] =>
  ((sheet?.getRow(1).values ?? []) as unknown[]).slice(1)

beforeAll(async () => {
  base = await sampleSnapshot()
}, 60_000)
afterAll(removeTempDirs)

describe('the Hotspots and Functions sheets', () => {
  it('list each repository’s hotspots and worst functions, one row each, field by field', async () => {
    const snapshot = withRepoFacts(base, { complexity: complexityFacts(), hotspots: hotspotFacts() })
    const workbook = await readWorkbook(await buildDebtInventoryWorkbook(snapshot))
    const hotspots = workbook.getWorksheet('Hotspots')
    expect(header(hotspots)).toEqual([
      'Repository',
      'Path',
      'Commits',
      'Cognitive complexity',
      'Code lines',
      'Score',
      'Main author',
      'Main author share',
      'Main author inactive (90 days)',
      'Tested',
      'Last changed',
    ])
    expect(rows(hotspots)).toEqual([
      [
        'orderly-api',
        'src/orders/pricing.ts',
        24,
        96,
        410,
        1,
        'Ada Lovelace',
        0.75,
        'yes',
        'no',
        '2026-11-18',
      ],
      ['orderly-api', 'src/api/orders.ts', 11, 40, 410, 0.21, 'Ada Lovelace', 0.4, 'no', 'yes', '2026-11-18'],
    ])
    expect(hotspots?.getCell('F2').numFmt).toBe('0.00')
    expect(hotspots?.getCell('H2').numFmt).toBe('0%')

    const functions = workbook.getWorksheet('Functions')
    expect(header(functions)).toEqual([
      'Repository',
      'Path',
      'Line',
      'Function',
      'Kind',
      'Cognitive',
      'Cyclomatic',
      'Lines',
      'Parameters',
      'Max nesting',
    ])
    expect(rows(functions)).toEqual([
      ['orderly-api', 'src/orders/pricing.ts', 10, 'computeInvoiceTotals', 'function', 41, 27, 120, 4, 5],
      ['orderly-api', 'src/orders/pricing.ts', 180, 'applyDiscounts', 'arrow', 22, 15, 40, 2, 3],
      ['orderly-api', 'src/api/orders.ts', 7, 'validate', 'method', 16, 9, 40, 2, 3],
    ])
  })

  it.each(['Hotspots', 'Functions'])(
    '%s freezes its header and filters over the whole table',
    async (name) => {
      const snapshot = withRepoFacts(base, { complexity: complexityFacts(), hotspots: hotspotFacts() })
      const sheet = (await readWorkbook(await buildDebtInventoryWorkbook(snapshot))).getWorksheet(name)!
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' })
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true)
      const last = sheet.getColumn(header(sheet).length).letter
      expect(sheet.autoFilter).toBe(`A1:${last}${sheet.rowCount}`)
    },
  )

  it('keeps a function or file named like a formula as inert text', async () => {
    const snapshot = withRepoFacts(base, {
      complexity: complexityFacts({
        worstFunctions: [
          fn('=HYPERLINK("http://x","y")', { path: "+cmd|' /C calc'!A0" }),
          fn('@SUM(A1)', { path: '-2+3' }),
        ],
      }),
      hotspots: { hotspots: [hotspot('=1+1', { mainAuthorName: '+author' })], points: [] },
    })
    const bytes = await buildDebtInventoryWorkbook(snapshot)
    const parts = await readXlsxParts(bytes)
    for (const name of ['Hotspots', 'Functions']) expect(parts.sheets.get(name)).not.toMatch(/<f[\s>/]/)
    const workbook = await readWorkbook(bytes)
    expect(rows(workbook.getWorksheet('Functions')).map((row) => [row[1], row[3]])).toEqual([
      ["'+cmd|' /C calc'!A0", `'=HYPERLINK("http://x","y")`],
      ["'-2+3", "'@SUM(A1)"],
    ])
    expect(rows(workbook.getWorksheet('Hotspots')).map((row) => [row[1], row[6]])).toEqual([
      ["'=1+1", "'+author"],
    ])
  })

  it('stay empty, without failing, for a snapshot from an older engine or with malformed facts', async () => {
    const older = await readWorkbook(
      await buildDebtInventoryWorkbook(withRepoFacts(base, { complexity: undefined, hotspots: undefined })),
    )
    expect(rows(older.getWorksheet('Hotspots'))).toEqual([])
    expect(rows(older.getWorksheet('Functions'))).toEqual([])

    const malformed = await readWorkbook(
      await buildDebtInventoryWorkbook(
        withRepoFacts(base, {
          complexity: {
            totals: 'many',
            worstFunctions: [
              null,
              7,
              { name: 'no place' },
              { path: 'src/a.ts', name: 'half', cognitive: 'high' },
            ],
          },
          hotspots: { hotspots: 'none' },
        }),
      ),
    )
    expect(rows(malformed.getWorksheet('Hotspots'))).toEqual([])
    // Entries that name no file are dropped; the other is shown with what it has, numbers it lacks as 0.
    expect(rows(malformed.getWorksheet('Functions'))).toEqual([
      ['orderly-api', 'src/a.ts', 0, 'half', 'function', 0, 0, 0, 0, 0],
    ])
  })
})
