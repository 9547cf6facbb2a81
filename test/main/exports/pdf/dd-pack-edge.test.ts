import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDueDiligencePack } from '../../../../src/main/exports/pdf/document'
import { DEBT_SHOWN } from '../../../../src/main/exports/pdf/sections/debt-inventory'
import { DEPENDENCIES_NOT_ANALYSED } from '../../../../src/main/exports/pdf/sections/dependencies'
import { SECTION_TITLES } from '../../../../src/main/exports/pdf/section-titles'
import type { AuditSnapshot } from '../../../../src/shared/report/audit-snapshot'
import { removeTempDirs } from '../../../helpers/make-git-repo'
import { sampleSnapshot, withManyFindings } from '../../../helpers/snapshots'
import { headingPageNumber, readPdf, sectionText, type PdfText } from './pdf-text'

let base: AuditSnapshot
let basePages: number

beforeAll(async () => {
  base = await sampleSnapshot()
  basePages = (await readPdf(await buildDueDiligencePack(base))).pages.length
}, 60_000)
afterAll(removeTempDirs)

/** The number of the page on which `title` is a heading. */
function headingPage(doc: PdfText, title: string): number {
  const page = headingPageNumber(doc, title)
  expect(page, `"${title}" is a heading`).toBeGreaterThan(0)
  return page
}

describe('a snapshot with 20,000 findings', () => {
  it('still makes a pack of sane length, with only the top 25 debt items listed', async () => {
    const large = withManyFindings(base, 20_000)
    const doc = await readPdf(await buildDueDiligencePack(large))
    expect(doc.pages.length).toBeLessThan(basePages + 10)
    const debt = sectionText(doc, SECTION_TITLES.debt, SECTION_TITLES.cost)
    expect(debt).toContain(`${(base.debtItems.length + 20_000).toLocaleString('en-US')} debt items in total`)
    expect(debt).toContain(`The ${DEBT_SHOWN} with the highest priority follow`)
    // Synthetic items rank by index, so the table holds items 0 to 24 and nothing after.
    expect(debt).toContain('Synthetic finding 0 ')
    expect(debt).toContain(`Synthetic finding ${DEBT_SHOWN - 1} `)
    expect(debt).not.toContain(`Synthetic finding ${DEBT_SHOWN} `)
    expect(doc.pages.map((page) => page.flat).join(' ')).not.toContain('Synthetic finding 19999')
    // The table runs onto a second page, and its header row comes along.
    const debtPages = doc.pages.slice(
      headingPage(doc, SECTION_TITLES.debt) - 1,
      headingPage(doc, SECTION_TITLES.cost) - 1,
    )
    expect(debtPages.length).toBeGreaterThan(1)
    for (const page of debtPages)
      expect(page.flat).toContain('# Debt item Severity Priority Effort (h) Status and owner')
    const risks = sectionText(doc, SECTION_TITLES.risks, SECTION_TITLES.debt)
    expect(risks).toMatch(/Showing 20 of [\d,]+ risks/)
  }, 120_000)
})

describe('text from a hostile repository', () => {
  it('shows bidi controls and undrawable characters as code points, and wraps a 10,000-character token', async () => {
    const token = 'A'.repeat(10_000)
    const hostile: AuditSnapshot = {
      ...base,
      engagement: { ...base.engagement, name: 'Evil\u202eCorp' },
      debtItems: base.debtItems.map((item, index) =>
        index === 0
          ? {
              ...item,
              title: `Admin\u202egnp.exe ${token}`,
              locations: [`src/${token}.ts`],
              owner: 'Zoë 李 😀 שלום',
              priority: 1_000,
            }
          : item,
      ),
    }
    const pdf = await buildDueDiligencePack(hostile)
    const doc = await readPdf(pdf)
    const text = doc.pages.map((page) => page.text).join('\n')
    expect(text).not.toContain('\u202e')
    expect(text).toContain('Admin⟨U+202E⟩gnp.exe')
    // The owner's cell is narrow, so the run may wrap between escapes: compare without spaces.
    const unspaced = doc.pages.map((page) => page.flat.replace(/ /g, '')).join('')
    expect(unspaced).toContain('Zoë⟨U+674E⟩⟨U+1F600⟩⟨U+05E9⟩⟨U+05DC⟩⟨U+05D5⟩⟨U+05DD⟩')
    expect(text).toContain('Evil⟨U+202E⟩Corp · Technical due diligence')
    expect(doc.info['Title']).toBe('Technical due diligence: Evil⟨U+202E⟩Corp')
    for (const page of doc.pages)
      for (const item of page.items)
        expect(item.x + item.width, `"${item.str.slice(0, 40)}…"`).toBeLessThan(596)
    // Cut with a marker rather than printed in full.
    expect(text).toContain('[truncated]')
  }, 60_000)
})

describe('a snapshot with nothing analysed', () => {
  it('keeps every section and says in each what is missing', async () => {
    const empty: AuditSnapshot = {
      ...base,
      repos: [],
      findings: [],
      debtItems: [],
      checklists: [],
      overall: {
        ...base.overall,
        score: null,
        coverage: 0,
        rating: 'incomplete',
        total: 0,
        answered: 0,
        redFlags: [],
      },
      executiveSummary: '',
    }
    const doc = await readPdf(await buildDueDiligencePack(empty))
    const all = doc.pages.map((page) => page.flat).join(' ')
    for (const title of Object.values(SECTION_TITLES)) headingPage(doc, title)
    for (const sentence of [
      'The auditor has not written an executive summary yet.',
      'No checklist applies to this engagement yet, so no area has a score.',
      'No repository has been analysed yet.',
      'No repository has been analysed yet, so there is no history to read.',
      'No security checklist applies to this engagement.',
      'No security analyzer results yet',
      'No git history has been analysed, so change frequency is unknown.',
      DEPENDENCIES_NOT_ANALYSED,
      'No red flag and no open critical or high debt item was recorded, so the register is empty.',
      'No debt item was recorded, so there is nothing to rank.',
      'No code lines were counted, so the replacement cost is zero.',
      'No checklist applies to this engagement yet.',
      'No repository was analysed.',
    ])
      expect(all).toContain(sentence)
  }, 60_000)
})
