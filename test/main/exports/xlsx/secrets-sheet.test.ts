import type { Worksheet } from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDebtInventoryWorkbook } from '../../../../src/main/exports/xlsx/workbook'
import type { AuditSnapshot } from '../../../../src/shared/report/audit-snapshot'
import { removeTempDirs } from '../../../helpers/make-git-repo'
import { sampleSnapshot } from '../../../helpers/snapshots'
import { withRepoFacts } from '../code-facts'
import { occurrence, secretsFacts, withSecretTitles } from '../secret-facts'
import { readWorkbook, readXlsxParts } from './xlsx-parts'

let base: AuditSnapshot

const rows = (sheet: Worksheet | undefined): unknown[][] =>
  (sheet?.getSheetValues() ?? []).slice(2).map((row) => (Array.isArray(row) ? row.slice(1) : []))
const header = (sheet: Worksheet | undefined): unknown[] =>
  ((sheet?.getRow(1).values ?? []) as unknown[]).slice(1)

async function secretsSheet(snapshot: AuditSnapshot): Promise<Worksheet | undefined> {
  return (await readWorkbook(await buildDebtInventoryWorkbook(snapshot))).getWorksheet('Secrets')
}

beforeAll(async () => {
  base = withSecretTitles(await sampleSnapshot(), {
    'secrets/aws-access-key-id': 'AWS access key ID',
    'secrets/env-file': 'Environment file committed',
  })
}, 60_000)
afterAll(removeTempDirs)

describe('the Secrets sheet', () => {
  it('lists each secret with its rule, place, redacted value and, when known, its commit', async () => {
    const facts = secretsFacts({
      occurrences: [
        {
          ...occurrence(),
          commit: { sha: 'a1b2c3d4e5f6a7b8c9d0', author: 'Ada Lovelace', date: '2026-03-04T10:00:00Z' },
          inHistoryOnly: true,
        },
        occurrence({
          path: '.env',
          line: null,
          ruleId: 'secrets/env-file',
          severity: 'high',
          redacted: null,
        }),
      ],
    })
    const sheet = await secretsSheet(withRepoFacts(base, { secrets: facts }))
    expect(header(sheet)).toEqual([
      'Repository',
      'Rule',
      'Severity',
      'Path',
      'Line',
      'Redacted value',
      'Commit',
      'Author',
      'Date',
      'In history only',
    ])
    // Blank cells are left out, so exceljs reads them back as missing entries.
    expect(rows(sheet)).toEqual([
      [
        'orderly-api',
        'AWS access key ID',
        'critical',
        'src/config.ts',
        3,
        'AKIA…#0123456789abcdef',
        'a1b2c3d4e5f6',
        'Ada Lovelace',
        '2026-03-04',
        'yes',
      ],
      [
        'orderly-api',
        'Environment file committed',
        'high',
        '.env',
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        'no',
      ],
    ])
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(sheet?.autoFilter).toBe('A1:J3')
  })

  it('keeps hostile paths, authors and values as inert text', async () => {
    const hostile = {
      ...occurrence({ path: '=HYPERLINK("http://x","y")', redacted: "+cmd|' /C calc'!A0" }),
      commit: { sha: '@SUM(A1)', author: '-2+3', date: '2026-01-01' },
    }
    const snapshot = withRepoFacts(base, { secrets: secretsFacts({ occurrences: [hostile] }) })
    const bytes = await buildDebtInventoryWorkbook(snapshot)
    expect((await readXlsxParts(bytes)).sheets.get('Secrets')).not.toMatch(/<f[\s>/]/)
    const [row] = rows((await readWorkbook(bytes)).getWorksheet('Secrets'))
    expect([row?.[3], row?.[5], row?.[6], row?.[7]]).toEqual([
      `'=HYPERLINK("http://x","y")`,
      "'+cmd|' /C calc'!A0",
      "'@SUM(A1)",
      "'-2+3",
    ])
  })

  it('stays empty, without failing, for a run without secrets facts or with malformed ones', async () => {
    expect(rows(await secretsSheet(withRepoFacts(base, { secrets: undefined })))).toEqual([])
    const malformed = await secretsSheet(
      withRepoFacts(base, {
        secrets: {
          occurrences: [null, 7, { ruleId: 'no place' }, { path: 'a.ts', redacted: { secret: 'x' } }],
        },
      }),
    )
    // Only the entry with a path is kept; a non-string "redacted" is never written out.
    expect(rows(malformed)).toEqual([
      ['orderly-api', undefined, 'info', 'a.ts', undefined, undefined, undefined, undefined, undefined, 'no'],
    ])
  })
})
