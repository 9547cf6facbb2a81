import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDueDiligencePack } from '../../../../src/main/exports/pdf/document'
import { SECTION_TITLES } from '../../../../src/main/exports/pdf/section-titles'
import type { AuditSnapshot } from '../../../../src/shared/report/audit-snapshot'
import { removeTempDirs } from '../../../helpers/make-git-repo'
import { sampleSnapshot } from '../../../helpers/snapshots'
import { withRepoFacts } from '../code-facts'
import { patternOccurrence, securityPatternFacts, withPatternFindings } from '../pattern-facts'
import { readPdf, sectionText } from './pdf-text'

let base: AuditSnapshot

async function securityText(snapshot: AuditSnapshot): Promise<string> {
  const doc = await readPdf(await buildDueDiligencePack(snapshot))
  return sectionText(doc, SECTION_TITLES.security, SECTION_TITLES.codeHealth)
}

/** The text of the insecure-patterns part alone: from its heading to the next one. */
const patternsPart = (text: string): string =>
  text.slice(
    text.indexOf('Insecure code and configuration'),
    text.indexOf('Findings', text.indexOf('Insecure code')),
  )

beforeAll(async () => {
  base = withPatternFindings(await sampleSnapshot())
}, 60_000)
afterAll(removeTempDirs)

describe('the security section’s insecure patterns', () => {
  it('counts constructs by OWASP category and severity, then lists the most severe with rule, place and CWE', async () => {
    const text = patternsPart(
      await securityText(withRepoFacts(base, { 'security-patterns': securityPatternFacts() })),
    )
    expect(text).toContain(
      '4 insecure constructs found in 85 code files and 3 configuration files checked, 2 of them high or critical.',
    )
    expect(text).toMatch(/OWASP Top 10 category Critical High Medium Low Info Total/)
    // Injection holds the critical one, so it comes first; then the medium, then the low.
    expect(text).toMatch(/A03:2021 Injection 1 1 0 0 0 2/)
    expect(text).toMatch(/A05:2021 Security Misconfiguration 0 0 1 0 0 1/)
    expect(text).toMatch(/A02:2021 Cryptographic Failures 0 0 0 1 0 1/)
    expect(text.indexOf('A03:2021')).toBeLessThan(text.indexOf('A05:2021'))
    expect(text.indexOf('A05:2021')).toBeLessThan(text.indexOf('A02:2021'))
    expect(text).toMatch(/Severity Rule and location CWE/)
    expect(text).toMatch(/Critical Shell command built from a template src\/jobs\/backup\.ts:7 CWE-78/)
    expect(text).toMatch(/High Code built from a string and run src\/rules\/engine\.ts:42 CWE-95/)
    expect(text.indexOf('src/jobs/backup.ts:7')).toBeLessThan(text.indexOf('Dockerfile CWE-250'))
  }, 60_000)

  it('caps the occurrence list, says how many were left out and why some were not kept', async () => {
    const many = Array.from({ length: 14 }, (_, index) => patternOccurrence({ path: `src/rule-${index}.ts` }))
    const facts = securityPatternFacts({ occurrences: many, truncatedBecause: 'the cap of 14 occurrences' })
    const text = patternsPart(await securityText(withRepoFacts(base, { 'security-patterns': facts })))
    expect(text).toContain('Showing 10 of 14 insecure constructs, most severe first.')
    expect(text).toContain('src/rule-9.ts')
    expect(text).not.toContain('src/rule-10.ts')
    expect(text).toContain('Not every occurrence was kept (orderly-api: the cap of 14 occurrences).')
  }, 60_000)

  it('says none were found without claiming the code is safe', async () => {
    const facts = securityPatternFacts({ occurrences: [] })
    const text = patternsPart(await securityText(withRepoFacts(base, { 'security-patterns': facts })))
    expect(text).toContain(
      'No insecure pattern was found in 85 code files and 3 configuration files checked. This does not prove the code is safe',
    )
  }, 60_000)

  it('says patterns were not analysed for older or malformed facts, and shows what a partial entry holds', async () => {
    for (const patterns of [undefined, 'corrupt']) {
      const text = await securityText(withRepoFacts(base, { 'security-patterns': patterns }))
      expect(text).toContain('Insecure code patterns were not analysed in these runs')
    }
    const text = patternsPart(
      await securityText(
        withRepoFacts(base, {
          'security-patterns': {
            occurrences: [null, { path: 'a.ts', ruleId: 'security-patterns/odd', line: 'x' }],
          },
        }),
      ),
    )
    expect(text).toContain('1 insecure construct found in 0 code files and 0 configuration files checked')
    expect(text).toMatch(/Not mapped 0 0 0 0 1 1/)
    expect(text).toMatch(/Info odd a\.ts/)
  }, 60_000)
})
