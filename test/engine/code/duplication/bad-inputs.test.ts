import { describe, expect, it } from 'vitest'
import { DuplicationDetector } from '../../../../src/main/engine/code/duplication'
import { BLOCK_60 } from './fixtures'

const FIVE_MEGABYTES = 5 * 1024 * 1024

/** Minified-looking code on a single line: many distinct statements, no line break. */
function minifiedLine(): string {
  const statements: string[] = []
  let length = 0
  for (let index = 0; length < FIVE_MEGABYTES; index++) {
    const statement = `var v${index}=a${index % 97}+b${index % 89}*${index};`
    statements.push(statement)
    length += statement.length
  }
  return statements.join('')
}

/** Deterministic bytes 0–255 (NULs and control characters included) read as text. */
function binaryText(bytes: number): string {
  let seed = 7
  let text = ''
  for (let index = 0; index < bytes; index++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
    text += String.fromCharCode(seed >>> 24)
  }
  return text
}

describe('DuplicationDetector on bad inputs', () => {
  it('takes a 5 MB single-line file, and a copy of it, in bounded time without a clone', () => {
    const text = minifiedLine()
    const detector = new DuplicationDetector()
    const started = performance.now()
    detector.addFile('bundle.min.js', text, { jsx: false })
    detector.addFile('copy.min.js', text, { jsx: false })
    expect(performance.now() - started).toBeLessThan(20_000)
    // The copy matches token for token, but on one line it is below minLines.
    expect(detector.report()).toMatchObject({ cloneCount: 0, totalLines: 2, duplicatedLines: 0 })
  }, 30_000)

  it('takes a 5 MB single line of one repeated token pair (worst case for matching) in bounded time', () => {
    const detector = new DuplicationDetector()
    const started = performance.now()
    detector.addFile('zeros.js', '0,'.repeat(FIVE_MEGABYTES / 2), { jsx: false })
    expect(performance.now() - started).toBeLessThan(20_000)
    expect(detector.report()).toMatchObject({ cloneCount: 0, totalLines: 1 })
  }, 30_000)

  it('reports a long repetitive multi-line file as clones of itself, in bounded time', () => {
    const detector = new DuplicationDetector()
    detector.addFile('table.js', 'x(0, 0, 0, 0)\n'.repeat(200_000), { jsx: false })
    const report = detector.report()
    expect(report.cloneCount).toBeGreaterThan(0)
    expect(report.clones.every((clone) => clone.first.endLine < clone.second.startLine)).toBe(true)
    expect(report.duplicatedLines).toBeLessThanOrEqual(report.totalLines)
  }, 30_000)

  it('counts no lines for a file of only comments, or an empty one', () => {
    const detector = new DuplicationDetector()
    detector.addFile('comments.ts', '// one\n/* two\n three */\n/** four */\n', { jsx: false })
    detector.addFile('empty.ts', '', { jsx: false })
    detector.addFile('blank.ts', '\n\n   \n', { jsx: false })
    expect(detector.report()).toEqual({
      clones: [],
      cloneCount: 0,
      duplicatedLines: 0,
      totalLines: 0,
      percentage: 0,
      files: [],
    })
  })

  it('keeps scanning through invalid syntax and still finds the block it contains', () => {
    const detector = new DuplicationDetector()
    detector.addFile('broken.ts', `}}} ((( "unterminated\n@@@ #\n${BLOCK_60}\n]]] 'also unterminated`, {
      jsx: false,
    })
    detector.addFile('conflict.ts', `<<<<<<< HEAD\n${BLOCK_60}=======\n\`never closed \${ {`, { jsx: false })
    const report = detector.report()
    expect(report.clones).toEqual([
      {
        tokens: 60,
        lines: 8,
        first: { path: 'broken.ts', startLine: 3, endLine: 10 },
        second: { path: 'conflict.ts', startLine: 2, endLine: 9 },
      },
    ])
  })

  it('takes binary-looking text without throwing', () => {
    const detector = new DuplicationDetector()
    const binary = binaryText(200_000)
    detector.addFile('image.js', binary, { jsx: false })
    detector.addFile('image-copy.jsx', binary, { jsx: true })
    const report = detector.report()
    expect(Number.isFinite(report.percentage)).toBe(true)
    expect(report.duplicatedLines).toBeLessThanOrEqual(report.totalLines)
  })

  it('reports 5,000 copies of one small file against the first copy only, with a capped list', () => {
    const detector = new DuplicationDetector()
    for (let copy = 0; copy < 5000; copy++) detector.addFile(`copy${copy}.ts`, BLOCK_60, { jsx: false })
    const report = detector.report()
    expect(report.cloneCount).toBe(4999)
    expect(report.clones).toHaveLength(500)
    expect(report.clones.every((clone) => clone.first.path === 'copy0.ts' && clone.tokens === 60)).toBe(true)
    expect(report.clones[0]?.second.path).toBe('copy1.ts')
    expect(report).toMatchObject({ totalLines: 40_000, duplicatedLines: 40_000, percentage: 100 })
    expect(report.files).toHaveLength(500)
  })
})
