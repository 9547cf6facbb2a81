import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXCEL_CELL_LIMIT, TRUNCATION_MARKER } from '../../../../src/main/exports/xlsx/to-cell'
import { buildDebtInventoryWorkbook } from '../../../../src/main/exports/xlsx/workbook'
import type {
  AuditSnapshot,
  SnapshotDebtItem,
  SnapshotFinding,
} from '../../../../src/shared/report/audit-snapshot'
import { removeTempDirs } from '../../../helpers/make-git-repo'
import { sampleSnapshot } from '../../../helpers/snapshots'
import { complexityFacts, fn, hotspot } from '../code-facts'
import { patternOccurrence, securityPatternFacts } from '../pattern-facts'
import { readWorkbook, readXlsxParts, type XlsxParts } from './xlsx-parts'

/**
 * security.md bad inputs 48–52 end to end: hostile text in every field an audited repository can reach,
 * written to a workbook, then checked in the raw XML (exceljs cannot show formulas or relationships) and
 * read back with exceljs.
 */
const FORMULAS = [
  '=HYPERLINK("http://x","y")',
  "+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(A1)',
  '\t=1',
  '\r=1',
  '\0=1',
]
/** What each becomes: an apostrophe first; CR turned into LF and NUL stripped, as toCell documents. */
const SHOWN = [
  `'=HYPERLINK("http://x","y")`,
  "'+cmd|' /C calc'!A0",
  "'-2+3",
  "'@SUM(A1)",
  "'\t=1",
  "'\n=1",
  "'=1",
]
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\0'])
const SHEETS = [
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
]

/** Values a typed snapshot cannot hold, as if a bug or a parsed repo file let them through. */
const smuggle = <T>(value: unknown): T => value as T

let snapshot: AuditSnapshot
let bytes: Buffer
let parts: XlsxParts
let workbook: ExcelJS.Workbook

function hostileFinding(base: SnapshotFinding, index: number, text: string): SnapshotFinding {
  return {
    ...base,
    fingerprint: `hostile-${index}`,
    ruleId: text,
    title: text,
    explanation: text,
    remediation: text,
    evidence: text,
    location: { path: text, line: 1, column: null },
    references: [{ kind: 'doc', id: text, url: 'javascript:alert(1)' }],
    repoName: text,
    debtItemId: `hostile-item-${index}`,
  }
}

function hostileItem(base: SnapshotDebtItem, index: number, text: string): SnapshotDebtItem {
  return {
    ...base,
    id: `hostile-item-${index}`,
    title: text,
    ruleId: text,
    repoNames: [text],
    locations: [text, text],
    owner: text,
    notes: text,
    remediation: text,
    priorityExplanation: text,
    priority: 1_000 + index,
  }
}

beforeAll(async () => {
  const base = await sampleSnapshot()
  const finding = base.findings[0]!
  const item = base.debtItems[0]!
  const findings = FORMULAS.map((text, index) => hostileFinding(finding, index, text))
  findings.push(
    { ...finding, fingerprint: 'object-evidence', evidence: smuggle({ formula: '1+1' }) },
    {
      ...finding,
      fingerprint: 'link-evidence',
      evidence: smuggle({ text: 'click', hyperlink: 'http://evil.example' }),
    },
    { ...finding, fingerprint: 'long-evidence', evidence: 'e'.repeat(40_000) },
    { ...finding, fingerprint: 'bidi', title: 'invoice\u202Egnp.exe', evidence: 'zero\u200Bwidth\u2066' },
    { ...finding, fingerprint: 'controls', title: 'a\x01b\x1Fc\x7Fd', evidence: 'line\r\nbreak' },
    { ...finding, fingerprint: 'not-a-number', effortMinutes: Number.NaN },
  )
  const [firstList, ...otherLists] = base.checklists
  const [firstSection, ...otherSections] = firstList!.sections
  const [firstItem, ...otherItems] = firstSection!.items
  snapshot = {
    ...base,
    engagement: { ...base.engagement, name: '=cmd|"/C calc"!A0', auditor: '@auditor', notes: '-1' },
    repos: [
      ...base.repos,
      {
        ...base.repos[0]!,
        id: 'repo-2',
        name: '+repo',
        branch: '=branch',
        commitSha: '-sha',
        metrics: [{ id: '=metric', label: '@label', value: 1, unit: 'count' }],
        facts: {
          ...base.repos[0]!.facts,
          complexity: complexityFacts({ worstFunctions: FORMULAS.map((text) => fn(text, { path: text })) }),
          hotspots: { hotspots: FORMULAS.map((text) => hotspot(text, { mainAuthorName: text })), points: [] },
          'security-patterns': securityPatternFacts({
            occurrences: FORMULAS.map((text) =>
              patternOccurrence({ path: text, snippet: text, loweredBecause: text }),
            ),
          }),
        },
      },
    ],
    findings: [...base.findings, ...findings],
    debtItems: [...base.debtItems, ...FORMULAS.map((text, index) => hostileItem(item, index, text))],
    checklists: [
      {
        ...firstList!,
        title: '=checklist',
        sections: [
          {
            ...firstSection!,
            title: '+section',
            items: [{ ...firstItem!, notes: '=notes', evidence: ['@evidence', '-evidence'] }, ...otherItems],
          },
          ...otherSections,
        ],
      },
      ...otherLists,
    ],
    overall: {
      ...base.overall,
      redFlags: [{ itemId: '=flag', question: '+question', severity: 'high' }],
    },
  }
  bytes = await buildDebtInventoryWorkbook(snapshot)
  parts = await readXlsxParts(bytes)
  workbook = await readWorkbook(bytes)
}, 60_000)

afterAll(removeTempDirs)

function findingRow(fingerprint: string): number {
  const ws = workbook.getWorksheet('Findings')!
  for (let row = 2; row <= ws.rowCount; row += 1) {
    if (ws.getCell(`A${row}`).value === fingerprint) return row
  }
  throw new Error(`no finding ${fingerprint}`)
}

describe('xlsx export hardening: the raw package', () => {
  it('has every sheet', () => {
    expect([...parts.sheets.keys()]).toEqual(SHEETS)
    for (const xml of parts.sheets.values()) expect(xml.length).toBeGreaterThan(100)
  })

  it.each(SHEETS)('%s holds no formula element', (name) => {
    expect(parts.sheets.get(name)).not.toMatch(/<f[\s>/]/)
  })

  it('has no formula anywhere in the package, no hyperlink and no external target', () => {
    for (const [path, xml] of parts.files) {
      if (path.startsWith('xl/worksheets/')) expect(xml, path).not.toMatch(/<f[\s>/]|<hyperlinks?\b/)
      if (path.endsWith('.rels')) {
        expect(xml, path).not.toMatch(/relationships\/hyperlink|TargetMode="External"/)
      }
    }
    expect([...parts.files.keys()].filter((path) => path.startsWith('xl/worksheets/_rels/'))).toEqual([])
  })

  it('holds no control characters XML forbids', () => {
    // eslint-disable-next-line no-control-regex -- no control character may remain
    for (const [path, xml] of parts.files) expect(xml, path).not.toMatch(/[\0-\x08\x0B\x0C\x0E-\x1F]/)
  })

  it.each(SHEETS)('%s: every cell is a shared string or a number, and no text starts a formula', (name) => {
    const cells = [...parts.cells(name).values()]
    expect(cells.length).toBeGreaterThan(0)
    for (const cell of cells) {
      expect(['s', null]).toContain(cell.type)
      if (cell.type === 's') {
        expect(TRIGGERS.has(cell.text!.charAt(0)), JSON.stringify(cell.text)).toBe(false)
      } else {
        expect(cell.xml).toMatch(/^(<v>-?[\d.eE+-]+<\/v>)?$/)
      }
    }
  })

  it('writes =HYPERLINK(...) in a title as text starting with an apostrophe', () => {
    const cell = parts.cells('Findings').get(`E${findingRow('hostile-0')}`)!
    expect(cell.type).toBe('s')
    expect(cell.text).toBe(`'=HYPERLINK("http://x","y")`)
    expect(cell.xml).not.toContain('<f')
  })
})

describe('xlsx export hardening: read back', () => {
  it.each(FORMULAS.map((text, index) => [JSON.stringify(text), index]))(
    'finding %s is shown as inert text in every text column',
    (_name, index) => {
      const ws = workbook.getWorksheet('Findings')!
      const row = ws.getRow(findingRow(`hostile-${index}`))
      // Rule, title, repository, path, evidence, explanation, remediation.
      for (const column of [2, 5, 6, 7, 10, 11, 12]) {
        expect(row.getCell(column).type).toBe(ExcelJS.ValueType.String)
        expect(row.getCell(column).value).toBe(SHOWN[index])
      }
      expect(row.getCell(13).value).toBe(`${SHOWN[index]} (javascript:alert(1))`)
    },
  )

  it('shows hostile debt items as inert text, sorted first by their priority', () => {
    const ws = workbook.getWorksheet('Debt inventory')!
    // Priorities 1006…1000: the hostile items fill rows 2–8 in reverse order.
    FORMULAS.forEach((_text, index) => {
      const row = ws.getRow(2 + FORMULAS.length - 1 - index)
      expect(row.getCell(1).value).toBe(`hostile-item-${index}`)
      for (const column of [2, 3, 6, 13, 14, 15, 16]) expect(row.getCell(column).value).toBe(SHOWN[index])
      expect(row.getCell(7).value).toBe(`${SHOWN[index]}\n${SHOWN[index]!.slice(1)}`)
    })
  })

  it('turns an object into JSON text, never a formula or a link', () => {
    const ws = workbook.getWorksheet('Findings')!
    expect(ws.getCell(`J${findingRow('object-evidence')}`).value).toBe('{"formula":"1+1"}')
    expect(ws.getCell(`J${findingRow('link-evidence')}`).value).toBe(
      '{"text":"click","hyperlink":"http://evil.example"}',
    )
  })

  it('truncates 40,000 characters of evidence at the cell limit, visibly', () => {
    const value = workbook.getWorksheet('Findings')!.getCell(`J${findingRow('long-evidence')}`)
      .value as string
    expect(value.length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT)
    expect(value.endsWith(TRUNCATION_MARKER)).toBe(true)
    expect(value.startsWith('eeee')).toBe(true)
  })

  it('shows bidi and zero-width characters escaped, and strips controls', () => {
    const ws = workbook.getWorksheet('Findings')!
    expect(ws.getCell(`E${findingRow('bidi')}`).value).toBe('invoice⟨U+202E⟩gnp.exe')
    expect(ws.getCell(`J${findingRow('bidi')}`).value).toBe('zero⟨U+200B⟩width⟨U+2066⟩')
    expect(ws.getCell(`E${findingRow('controls')}`).value).toBe('abcd')
    expect(ws.getCell(`J${findingRow('controls')}`).value).toBe('line\nbreak')
  })

  it('leaves a number that is not one blank rather than corrupting the file', () => {
    expect(workbook.getWorksheet('Findings')!.getCell(`I${findingRow('not-a-number')}`).value).toBeNull()
  })

  it('quotes hostile text on the Summary, Checklists, Metrics, Functions and Hotspots sheets too', () => {
    const texts = (name: string): string[] => {
      const values: string[] = []
      workbook.getWorksheet(name)!.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'string') values.push(cell.value)
        }),
      )
      return values
    }
    expect(texts('Summary')).toEqual(
      expect.arrayContaining([
        `'=cmd|"/C calc"!A0`,
        "'@auditor",
        "'+repo",
        "'=branch",
        "'-sha",
        "'=flag",
        "'+question",
      ]),
    )
    expect(texts('Checklists')).toEqual(
      expect.arrayContaining(["'=checklist", "'+section", "'=notes", "'@evidence\n-evidence"]),
    )
    expect(texts('Metrics')).toEqual(expect.arrayContaining(["'+repo", "'=metric", "'@label"]))
    expect(texts('Functions')).toEqual(expect.arrayContaining(["'+repo", ...SHOWN]))
    expect(texts('Hotspots')).toEqual(expect.arrayContaining(["'+repo", ...SHOWN]))
  })
})
