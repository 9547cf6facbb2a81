import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDueDiligencePack } from '../../../../src/main/exports/pdf/document'
import { SECTION_TITLES } from '../../../../src/main/exports/pdf/section-titles'
import type { GitHistoryFacts } from '../../../../src/shared/domain/facts/git-history-facts'
import type { AuditSnapshot } from '../../../../src/shared/report/audit-snapshot'
import { removeTempDirs } from '../../../helpers/make-git-repo'
import { sampleSnapshot } from '../../../helpers/snapshots'
import { complexityFacts, fn, hotspot, hotspotFacts, withRepoFacts } from '../code-facts'
import { readPdf, sectionText } from './pdf-text'

let base: AuditSnapshot
let history: GitHistoryFacts

async function codeHealthText(snapshot: AuditSnapshot): Promise<string> {
  const doc = await readPdf(await buildDueDiligencePack(snapshot))
  return sectionText(doc, SECTION_TITLES.codeHealth, SECTION_TITLES.dependencies)
}

beforeAll(async () => {
  base = await sampleSnapshot()
  history = base.repos[0]!.facts!['git-history'] as GitHistoryFacts
}, 60_000)
afterAll(removeTempDirs)

describe('the code-health section', () => {
  it('summarises complexity, ranks hotspots and functions, and gives each folder its truck factor', async () => {
    const [author] = history.authors
    const text = await codeHealthText(
      withRepoFacts(base, {
        complexity: complexityFacts(),
        hotspots: hotspotFacts(),
        'git-history': {
          ...history,
          truckFactorByFolder: [
            { folder: 'src', value: 1, authorIds: [author!.id], filesConsidered: 14 },
            { folder: '(root)', value: 2, authorIds: [], filesConsidered: 3 },
          ],
        },
      }),
    )
    // Complexity summary: 3 of 140 functions, 6.4% duplication, 25 escapes in 4,200 lines, strict off.
    expect(text).toContain('Complexity, duplication and type safety')
    expect(text).toMatch(
      /orderly-api 140 3 \(2%\) 6\.4% 25 \(6\.0 per 1,000 lines\) 7 no \(1 of 1 not strict\)/,
    )
    // Hotspots, best first, with the main author and the two flags.
    expect(text).toContain('Hotspots: complex code that changes often')
    expect(text).toMatch(/src\/orders\/pricing\.ts 24 96 Ada Lovelace \(75%\) no no/)
    expect(text).toMatch(/src\/api\/orders\.ts 11 40 Ada Lovelace \(40%\) yes yes/)
    expect(text).not.toContain('Most-changed files')
    // Functions, hardest first, with where they are.
    expect(text).toContain('Functions over the complexity limits')
    expect(text.indexOf('computeInvoiceTotals')).toBeLessThan(text.indexOf('applyDiscounts'))
    expect(text).toContain('src/orders/pricing.ts:10 · function')
    expect(text).toContain('src/api/orders.ts:7 · method')
    // Folders, largest first, with who holds them.
    expect(text).toContain('Truck factor per folder')
    expect(text).toMatch(new RegExp(`src 14 1 ${author!.name}`))
    expect(text).toContain('(root) 3 2')
  }, 60_000)

  it('caps its tables and says how many were left out', async () => {
    const many = Array.from({ length: 30 }, (_, index) => index)
    const text = await codeHealthText(
      withRepoFacts(base, {
        complexity: complexityFacts({
          worstFunctions: many.map((index) => fn(`fn${index}`, { cognitive: 100 - index })),
        }),
        hotspots: {
          hotspots: many.map((index) => hotspot(`src/file-${index}.ts`, { score: 1 - index / 100 })),
          points: [],
        },
      }),
    )
    expect(text).toContain('Showing 12 of 30 hotspots.')
    expect(text).toContain('src/file-11.ts')
    expect(text).not.toContain('src/file-12.ts')
    // The totals count 3 over the limits, fewer than the facts list here: the list is the floor.
    expect(text).toContain('Showing 12 of 30 functions over the limits.')
    expect(text).toContain('fn11')
    expect(text).not.toContain('fn12 ')
  }, 60_000)

  it('says so when no measured function is over the limits', async () => {
    const text = await codeHealthText(
      withRepoFacts(base, {
        complexity: complexityFacts({ worstFunctions: [fn('simple', { cognitive: 4, cyclomatic: 3 })] }),
      }),
    )
    expect(text).toContain(
      'No measured function is over cognitive complexity 15 or cyclomatic complexity 20.',
    )
    expect(text).not.toContain('simple src/orders')
  }, 60_000)

  it('falls back to the most-changed files and says what was not measured, for older or malformed facts', async () => {
    for (const facts of [
      { complexity: undefined, hotspots: undefined },
      { complexity: 'corrupt', hotspots: { hotspots: [null, 3] } },
      { complexity: { totals: { files: 0 } }, hotspots: { hotspots: [] } },
    ]) {
      const text = await codeHealthText(withRepoFacts(base, facts))
      expect(text).toContain('Function-level complexity, duplication and type safety were not measured.')
      expect(text).toContain('Not measured for orderly-api')
      expect(text).toContain('Most-changed files')
      expect(text).not.toContain('Functions over the complexity limits')
    }
  }, 60_000)
})
