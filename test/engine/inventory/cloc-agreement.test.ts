import { execFileSync, spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inventoryAnalyzer } from '../../../src/main/engine/analyzers/inventory'
import type { InventoryFacts, LineCounts } from '../../../src/shared/domain/facts/inventory-facts'
import { folderContext } from '../../helpers/analyzer-context'
import { DELIBERATE_DIFFERENCES, LINE_COUNT_CASES, type LineCountCase } from './line-count-cases'

const clocVersion = spawnSync('cloc', ['--version'], { encoding: 'utf8' }).stdout?.trim() || null
if (clocVersion === null) {
  console.warn(
    'cloc is not installed, so the cloc agreement test is skipped (Debian: apt-get install -y cloc)',
  )
}

/** cloc's name for a language Diligent names differently. */
function clocLanguage(example: LineCountCase): string {
  if (example.language === 'TSX') return 'TypeScript'
  if (example.language === 'Makefile') return 'make'
  if (example.language === 'Shell')
    return example.file.endsWith('.bash') ? 'Bourne Again Shell' : 'Bourne Shell'
  return example.language
}

interface ClocFile extends LineCounts {
  language: string
}

const casePath = (example: LineCountCase, index: number): string => `case-${index}/${example.file}`
const countsOf = ({ code, comment, blank }: LineCounts): LineCounts => ({ code, comment, blank })

describe.skipIf(clocVersion === null)(`agreement with cloc ${clocVersion ?? '(not installed)'}`, () => {
  const examples = [...LINE_COUNT_CASES, ...DELIBERATE_DIFFERENCES]
  let folder: string
  let cloc: Record<string, ClocFile>
  let facts: InventoryFacts

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'diligent-cloc-'))
    for (const [index, example] of examples.entries()) {
      await mkdir(join(folder, `case-${index}`))
      await writeFile(join(folder, casePath(example, index)), example.source)
    }
    const output = execFileSync('cloc', ['--by-file', '--json', '--quiet', '.'], {
      cwd: folder,
      encoding: 'utf8',
    })
    cloc = Object.fromEntries(
      Object.entries(JSON.parse(output) as Record<string, ClocFile>).map(([path, file]) => [
        path.replace(/^\.\//, ''),
        file,
      ]),
    )
    const { context } = await folderContext(folder)
    facts = (await inventoryAnalyzer.run(context)).facts
  })

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true })
  })

  it('counts every crafted file exactly as cloc does, per file and per language', () => {
    const ours = new Map(facts.files.map((file) => [file.path, file]))
    const perFile = (source: 'ours' | 'cloc') =>
      LINE_COUNT_CASES.map((example) => {
        const path = casePath(example, examples.indexOf(example))
        const file = source === 'ours' ? ours.get(path) : cloc[path]
        const language = source === 'ours' && file ? clocLanguage(example) : file?.language
        return { path, language, ...(file ? countsOf(file) : {}) }
      })
    expect(perFile('ours')).toEqual(perFile('cloc'))

    const perLanguage = (files: ReturnType<typeof perFile>) => {
      const totals: Record<string, LineCounts & { files: number }> = {}
      for (const { language = '?', code = 0, comment = 0, blank = 0 } of files) {
        const entry = (totals[language] ??= { files: 0, code: 0, comment: 0, blank: 0 })
        entry.files += 1
        entry.code += code
        entry.comment += comment
        entry.blank += blank
      }
      return totals
    }
    expect(perLanguage(perFile('ours'))).toEqual(perLanguage(perFile('cloc')))
  })

  it.each(DELIBERATE_DIFFERENCES.map((example) => [example.file, example] as const))(
    'still differs from cloc where documented: %s',
    (_file, example) => {
      const path = casePath(example, examples.indexOf(example))
      expect(countsOf(cloc[path]!)).toEqual(example.cloc)
      expect(countsOf(facts.files.find((counted) => counted.path === path)!)).toEqual(example.expected)
    },
  )
})
