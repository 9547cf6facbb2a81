import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readdir, stat, writeFile } from 'node:fs/promises'
import { delimiter, join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BRACKET_FONT_FAMILY, bracketFont } from '../../../../src/main/exports/pdf/bracket-font'
import { buildDocumentDefinition, buildDueDiligencePack } from '../../../../src/main/exports/pdf/document'
import { BODY_FONT_FAMILY, printableCodePoints } from '../../../../src/main/exports/pdf/fonts'
import { fontCodePoints } from '../../../../src/main/exports/pdf/glyph-coverage'
import { readGitHistory } from '../../../../src/main/exports/pdf/facts'
import { SUGGESTION_MARK } from '../../../../src/main/exports/pdf/sections/checklist-appendix'
import { CONTENTS_TITLE, SECTION_TITLES } from '../../../../src/main/exports/pdf/section-titles'
import { RATING_LABELS } from '../../../../src/main/exports/pdf/theme'
import type { AuditSnapshot } from '../../../../src/shared/report/audit-snapshot'
import { makeTempDir, removeTempDirs } from '../../../helpers/make-git-repo'
import { sampleSnapshot } from '../../../helpers/snapshots'
import { readPdf, type PdfPage, type PdfText } from './pdf-text'

const HEADING_SIZE = 16
const TITLES = Object.values(SECTION_TITLES)

let snapshot: AuditSnapshot
let pdf: Buffer
let doc: PdfText

beforeAll(async () => {
  snapshot = await sampleSnapshot()
  pdf = await buildDueDiligencePack(snapshot)
  doc = await readPdf(pdf)
}, 60_000)
afterAll(removeTempDirs)

/** Pages on which `title` is set as a heading (large type), not merely mentioned. */
const headingPages = (title: string): number[] =>
  doc.pages
    .filter((page) => page.items.some((item) => item.str === title && item.size >= HEADING_SIZE))
    .map((page) => page.number)

function headingPage(title: string): PdfPage {
  const [number, ...others] = headingPages(title)
  expect(others, `"${title}" is a heading on one page only`).toEqual([])
  expect(number, `"${title}" is a heading somewhere`).toBeDefined()
  return doc.pages[(number as number) - 1] as PdfPage
}

/** The big number printed above a figure's label in a key-figure grid. */
function figureAbove(page: PdfPage, label: string): string | undefined {
  const labelItem = page.items.find((item) => item.str === label)
  if (labelItem === undefined) return undefined
  return page.items
    .filter(
      (item) =>
        item.str.trim() !== '' &&
        Math.abs(item.x - labelItem.x) < 0.5 &&
        item.y > labelItem.y &&
        item.size >= 14,
    )
    .sort((left, right) => left.y - right.y)[0]?.str
}

/** The text of the pages from one heading up to (not including) the next. */
function sectionText(title: string, nextTitle: string): string {
  const from = headingPage(title).number
  const to = headingPage(nextTitle).number
  return doc.pages
    .slice(from - 1, to - 1)
    .map((page) => page.flat)
    .join(' ')
}

const occurrences = (text: string, phrase: string): number => text.split(phrase).length - 1

describe('the investor due-diligence pack', () => {
  it('is a real-text PDF with a cover, a contents page and every section', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(doc.pages[0]?.flat).toContain('Investor due-diligence pack')
    expect(doc.pages[0]?.flat).toContain('Orderly')
    expect(doc.pages[0]?.flat).toContain('Auditor not named')
    expect(doc.pages[0]?.flat).toContain('Prepared with Diligent')
    expect(headingPage(CONTENTS_TITLE).number).toBe(2)
    const starts = TITLES.map((title) => headingPage(title).number)
    expect(starts, 'sections in order, each on its own page').toEqual([...starts].sort((a, b) => a - b))
    expect(new Set(starts).size).toBe(TITLES.length)
  })

  it('lists every section in the contents with the page its heading is on', () => {
    const contents = headingPage(CONTENTS_TITLE)
    const listed = TITLES.map((title) => {
      const entry = contents.items.find((item) => item.str === title)
      expect(entry, `"${title}" is in the contents`).toBeDefined()
      const number = contents.items.find(
        (item) => Math.abs(item.y - (entry?.y ?? 0)) < 0.5 && /^\d+$/.test(item.str),
      )
      return Number(number?.str)
    })
    expect(listed).toEqual(TITLES.map((title) => headingPage(title).number))
  })

  it('puts the engagement name and "page X of Y" in the footer of every page', () => {
    expect(doc.pages.length).toBeGreaterThan(12)
    for (const page of doc.pages) {
      expect(page.flat).toContain(`page ${page.number} of ${doc.pages.length}`)
      expect(page.flat).toContain('Orderly · Technical due diligence')
    }
  })

  it('states the key figures from the snapshot', () => {
    const history = readGitHistory(snapshot.repos[0]?.facts ?? null)
    expect(history).not.toBeNull()
    const team = headingPage(SECTION_TITLES.team)
    expect(figureAbove(team, 'Truck factor')).toBe(String(history?.truckFactor.value))
    expect(figureAbove(team, 'Commits')).toBe(String(history?.commitCount))
    expect(history?.truckFactor.value).toBe(1)
    expect(team.flat).toContain('Truck factor 1: losing Alice Martin would leave more than half')
    expect(history?.commitCount).toBe(22)

    const summary = headingPage(SECTION_TITLES.executiveSummary)
    expect(summary.flat).toContain(`Overall rating: ${RATING_LABELS[snapshot.overall.rating]}`)
    expect(RATING_LABELS[snapshot.overall.rating]).toBe('Red')
    expect(figureAbove(summary, 'Commits')).toBe('22')

    const debt = headingPage(SECTION_TITLES.debt)
    const items = snapshot.debtItems.filter((item) => item.status !== 'false-positive')
    const top = [...items].sort((left, right) => right.priority - left.priority)[0]
    expect(debt.flat).toContain(`${items.length} debt items in total`)
    expect(debt.flat).toContain(`1 ${top?.title}`)
  })

  it('shows the cost assumptions and both estimates with their formulas', () => {
    const cost = headingPage(SECTION_TITLES.cost).flat
    expect(cost).toContain('Average annual wage USD 56,286')
    expect(cost).toContain('Overhead multiplier 2.40')
    expect(cost).toContain('Working days per year 220')
    expect(cost).toContain('Hourly rate USD 76.75')
    expect(cost).toContain('cost = effort × (wage ÷ 12) × overhead')
    expect(cost).toContain('schedule = 2.5 × effort')
    expect(cost).toContain('Replacement cost (basic COCOMO, organic)')
    expect(cost).toContain('Debt remediation cost')
  })

  it('marks every answer that is only a suggestion', () => {
    const suggestions = snapshot.checklists
      .flatMap((checklist) => checklist.sections.flatMap((section) => section.items))
      .filter((item) => item.answeredBy === 'suggestion')
    expect(suggestions.length).toBeGreaterThan(0)
    const appendix = sectionText(SECTION_TITLES.checklists, SECTION_TITLES.methodology)
    // One mention in the appendix's introduction, then one per suggested answer.
    expect(occurrences(appendix, SUGGESTION_MARK)).toBe(suggestions.length + 1)
    const question = suggestions[0]?.question ?? ''
    const at = appendix.indexOf(question)
    expect(at).toBeGreaterThan(-1)
    expect(appendix.slice(at, at + question.length + 200)).toContain(SUGGESTION_MARK)
  })

  it('says so in a sentence when dependencies were not checked', () => {
    // The sample has a package.json but no lockfile and no vulnerability database was imported.
    expect(headingPage(SECTION_TITLES.dependencies).flat).toContain(
      'Not checked for known vulnerabilities: no vulnerability database was imported, which is not the same as clean.',
    )
  })

  it('lists the sample’s committed database password as a security finding, never the password itself', () => {
    const security = headingPage(SECTION_TITLES.security).flat
    expect(security).toContain('Database URL with a password')
    expect(security).not.toContain('orderly-dev-password')
  })

  it('keeps repository text out of the metadata and fetches nothing', () => {
    expect(doc.info['Title']).toBe('Technical due diligence: Orderly')
    expect(doc.info['Creator']).toBe('Diligent')
    expect(doc.info['Author']).toBeUndefined()
    const metadata = JSON.stringify(doc.info)
    for (const repoText of ['Alice', 'orderly-api', 'pricing', 'dist/'])
      expect(metadata).not.toContain(repoText)
    expect(pdf.toString('latin1')).not.toMatch(/https?:\/\//)
  })
})

/** Keys whose values are content: strings in them are drawn. */
const CONTENT_KEYS = new Set(['text', 'stack', 'columns', 'ul', 'ol', 'body'])

/** Every character the definition draws, with the font family that draws it. */
function drawnCharacters(value: unknown, font: string, drawn: boolean, out: [string, string][]): void {
  if (typeof value === 'string') {
    if (drawn) for (const character of value) out.push([character, font])
  } else if (Array.isArray(value)) {
    for (const entry of value) drawnCharacters(entry, font, drawn, out)
  } else if (typeof value === 'object' && value !== null) {
    const node = value as Record<string, unknown>
    const own = typeof node['font'] === 'string' ? node['font'] : font
    for (const [key, entry] of Object.entries(node)) drawnCharacters(entry, own, CONTENT_KEYS.has(key), out)
  }
}

describe('glyphs', () => {
  it('draws no character that its font lacks (no empty boxes)', () => {
    const definition = buildDocumentDefinition(snapshot)
    const characters: [string, string][] = []
    drawnCharacters(definition.content, BODY_FONT_FAMILY, true, characters)
    const footer = definition.footer
    if (typeof footer === 'function')
      drawnCharacters(
        footer(1, 1, { width: 595, height: 842, orientation: 'portrait' }),
        BODY_FONT_FAMILY,
        true,
        characters,
      )
    expect(characters.length).toBeGreaterThan(10_000)
    const brackets = fontCodePoints(bracketFont())
    const missing = characters.filter(([character, family]) => {
      const code = character.codePointAt(0) ?? 0
      if (character === '\n') return false
      return family === BRACKET_FONT_FAMILY
        ? !brackets.has(code)
        : !printableCodePoints().has(code) || brackets.has(code)
    })
    expect(missing).toEqual([])
  })
})

/** pdftoppm on PATH, or null (then the rendering test is skipped and says why). */
function findPdftoppm(): string | null {
  const folders = ['/usr/bin', ...(process.env['PATH'] ?? '').split(delimiter)]
  return folders.map((folder) => join(folder, 'pdftoppm')).find((path) => existsSync(path)) ?? null
}

describe('rendering', () => {
  it('renders every page to a non-empty image with pdftoppm', async (context) => {
    const pdftoppm = findPdftoppm()
    if (pdftoppm === null)
      context.skip(
        'pdftoppm not found (Debian: apt-get install poppler-utils), so page rendering is not checked',
      )
    const folder = await makeTempDir('diligent-pdf-render-')
    const file = join(folder, 'pack.pdf')
    await writeFile(file, pdf)
    await promisify(execFile)(pdftoppm as string, ['-r', '50', '-png', file, join(folder, 'page')])
    const images = (await readdir(folder)).filter((name) => name.endsWith('.png')).sort()
    expect(images).toHaveLength(doc.pages.length)
    for (const image of images) expect((await stat(join(folder, image))).size).toBeGreaterThan(1_000)
  }, 60_000)
})
