import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDueDiligencePack } from '../../../../src/main/exports/pdf/document'
import { SECTION_TITLES } from '../../../../src/main/exports/pdf/section-titles'
import type { AuditSnapshot } from '../../../../src/shared/report/audit-snapshot'
import { removeTempDirs } from '../../../helpers/make-git-repo'
import { sampleSnapshot } from '../../../helpers/snapshots'
import { withRepoFacts } from '../code-facts'
import { occurrence, secretsFacts, withSecretTitles } from '../secret-facts'
import { readPdf, sectionText } from './pdf-text'

let base: AuditSnapshot

async function securityText(snapshot: AuditSnapshot): Promise<string> {
  const doc = await readPdf(await buildDueDiligencePack(snapshot))
  return sectionText(doc, SECTION_TITLES.security, SECTION_TITLES.codeHealth)
}

beforeAll(async () => {
  base = withSecretTitles(await sampleSnapshot(), { 'secrets/aws-access-key-id': 'AWS access key ID' })
}, 60_000)
afterAll(removeTempDirs)

describe('the security section’s secrets', () => {
  it('lists each secret, most severe first, with its place, redacted value and commit', async () => {
    const withCommit = {
      ...occurrence({ path: 'deploy/old.ts', line: 12, severity: 'medium' }),
      commit: { sha: 'a1b2c3d4e5f6a7b8', author: 'Ada Lovelace', date: '2026-03-04T10:00:00Z' },
      inHistoryOnly: true,
    }
    const text = await securityText(
      withRepoFacts(base, { secrets: secretsFacts({ occurrences: [withCommit, occurrence()] }) }),
    )
    expect(text).toContain('2 secrets found in 120 files scanned.')
    expect(text).toMatch(/Critical AWS access key ID src\/config\.ts:3 AKIA…#0123456789abcdef/)
    expect(text.indexOf('src/config.ts:3')).toBeLessThan(text.indexOf('deploy/old.ts:12'))
    expect(text).toContain(
      'introduced in a1b2c3d4e5 by Ada Lovelace on 4 Mar 2026; removed, still in history',
    )
  }, 60_000)

  it('caps the table and says how many were left out', async () => {
    const many = Array.from({ length: 20 }, (_, index) => occurrence({ path: `src/key-${index}.ts` }))
    const text = await securityText(withRepoFacts(base, { secrets: secretsFacts({ occurrences: many }) }))
    expect(text).toContain('Showing 15 of 20 secrets, most severe first.')
    expect(text).toContain('src/key-14.ts')
    expect(text).not.toContain('src/key-15.ts')
  }, 60_000)

  it('says none were found without claiming there are none', async () => {
    const text = await securityText(withRepoFacts(base, { secrets: secretsFacts({ occurrences: [] }) }))
    expect(text).toContain('No secret was found in 120 files scanned. This does not prove there is none')
  }, 60_000)

  it('says secrets were not analysed for older or malformed facts, without failing', async () => {
    for (const secrets of [undefined, 'corrupt']) {
      const text = await securityText(withRepoFacts(base, { secrets }))
      expect(text).toContain('Secrets were not analysed in these runs')
    }
    const text = await securityText(
      withRepoFacts(base, { secrets: { occurrences: [null, { path: 'a.ts', redacted: 42 }] } }),
    )
    expect(text).toContain('1 secret found in 0 files scanned.')
    expect(text).toContain('(whole file)')
  }, 60_000)
})
