import type { Worksheet } from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDebtInventoryWorkbook } from '../../../../src/main/exports/xlsx/workbook'
import type { AuditSnapshot } from '../../../../src/shared/report/audit-snapshot'
import { removeTempDirs } from '../../../helpers/make-git-repo'
import { sampleSnapshot } from '../../../helpers/snapshots'
import { withRepoFacts } from '../code-facts'
import { patternOccurrence, securityPatternFacts, withPatternFindings } from '../pattern-facts'
import { readWorkbook, readXlsxParts } from './xlsx-parts'

let base: AuditSnapshot

const rows = (sheet: Worksheet | undefined): unknown[][] =>
  (sheet?.getSheetValues() ?? []).slice(2).map((row) => (Array.isArray(row) ? row.slice(1) : []))
const header = (sheet: Worksheet | undefined): unknown[] =>
  ((sheet?.getRow(1).values ?? []) as unknown[]).slice(1)

async function securitySheet(snapshot: AuditSnapshot): Promise<Worksheet | undefined> {
  return (await readWorkbook(await buildDebtInventoryWorkbook(snapshot))).getWorksheet('Security')
}

beforeAll(async () => {
  base = withPatternFindings(await sampleSnapshot())
}, 60_000)
afterAll(removeTempDirs)

describe('the Security sheet', () => {
  it('lists each insecure construct with its rule, CWE, OWASP category, place, construct and fix', async () => {
    const facts = securityPatternFacts({
      occurrences: [
        patternOccurrence(),
        patternOccurrence({
          ruleId: 'security-patterns/container-runs-as-root',
          path: 'Dockerfile',
          line: null,
          snippet: 'no USER instruction',
          severity: 'low',
          loweredBecause: 'it is in an example folder',
        }),
      ],
    })
    const sheet = await securitySheet(withRepoFacts(base, { 'security-patterns': facts }))
    expect(header(sheet)).toEqual([
      'Repository',
      'Severity',
      'Rule',
      'Title',
      'CWE',
      'OWASP category',
      'Path',
      'Line',
      'Construct',
      'Fix',
      'Lowered because',
    ])
    // Blank cells are left out, so exceljs reads them back as missing entries.
    expect(rows(sheet)).toEqual([
      [
        'orderly-api',
        'high',
        'security-patterns/eval',
        'Code built from a string and run',
        'CWE-95',
        'A03:2021 Injection',
        'src/rules/engine.ts',
        42,
        'eval(expression built at run time)',
        'Parse the data instead of running it; never pass built strings to eval.',
      ],
      [
        'orderly-api',
        'low',
        'security-patterns/container-runs-as-root',
        'Container runs as root',
        'CWE-250',
        'A05:2021 Security Misconfiguration',
        'Dockerfile',
        undefined,
        'no USER instruction',
        'Add a USER instruction naming an unprivileged user.',
        'it is in an example folder',
      ],
    ])
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(sheet?.autoFilter).toBe('A1:K3')
  })

  it('keeps hostile paths and constructs as inert text', async () => {
    const hostile = patternOccurrence({ path: '=HYPERLINK("http://x","y")', snippet: "+cmd|' /C calc'!A0" })
    const snapshot = withRepoFacts(base, {
      'security-patterns': securityPatternFacts({ occurrences: [hostile] }),
    })
    const bytes = await buildDebtInventoryWorkbook(snapshot)
    expect((await readXlsxParts(bytes)).sheets.get('Security')).not.toMatch(/<f[\s>/]/)
    const [row] = rows((await readWorkbook(bytes)).getWorksheet('Security'))
    expect([row?.[6], row?.[8]]).toEqual([`'=HYPERLINK("http://x","y")`, "'+cmd|' /C calc'!A0"])
  })

  it('stays empty, without failing, for a run without security-pattern facts or with malformed ones', async () => {
    expect(rows(await securitySheet(withRepoFacts(base, { 'security-patterns': undefined })))).toEqual([])
    const malformed = await securitySheet(
      withRepoFacts(base, {
        'security-patterns': {
          rules: 'none',
          occurrences: [
            null,
            7,
            { ruleId: 'security-patterns/x' },
            { path: 'a.ts', ruleId: 'security-patterns/x', snippet: { code: 'x' } },
          ],
        },
      }),
    )
    // Only the entry with a path and a rule is kept; a rule no one describes is shown by its id.
    expect(rows(malformed)).toEqual([
      ['orderly-api', 'info', 'security-patterns/x', 'x', undefined, undefined, 'a.ts'],
    ])
  })
})
