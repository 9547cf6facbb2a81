import { describe, expect, it } from 'vitest'
import {
  DEFAULT_DUPLICATION_OPTIONS,
  DuplicationDetector,
  type DuplicationReport,
} from '../../../../src/main/engine/code/duplication'
import {
  BLOCK_49,
  BLOCK_60,
  BLOCK_60_ON_FOUR_LINES,
  BLOCK_60_REFORMATTED,
  BLOCK_60_RENAMED,
  JSX_BLOCK,
  tokenCount,
} from './fixtures'

type Source = [path: string, text: string]

function detect(sources: Source[], jsx = false): DuplicationReport {
  const detector = new DuplicationDetector()
  for (const [path, text] of sources) detector.addFile(path, text, { jsx })
  return detector.report()
}

// The block starts on line 2 and ends on line 9; the tokens around it differ from b.ts's.
const A: Source = ['a.ts', `const first = 1\n${BLOCK_60}export { first }\n`]
// The block starts on line 3 and ends on line 10.
const B: Source = ['b.ts', `import second from './second'\n\n${BLOCK_60}console.log(second)\n`]

describe('DuplicationDetector', () => {
  it("defaults to jscpd's thresholds", () => {
    expect(DEFAULT_DUPLICATION_OPTIONS).toEqual({ minTokens: 50, minLines: 5 })
    expect(tokenCount(BLOCK_60)).toBe(60)
  })

  it('finds a 60-token block shared by two files as one clone with both spans', () => {
    const report = detect([A, B])
    expect(report.cloneCount).toBe(1)
    expect(report.clones).toEqual([
      {
        tokens: 60,
        lines: 8,
        first: { path: 'a.ts', startLine: 2, endLine: 9 },
        second: { path: 'b.ts', startLine: 3, endLine: 10 },
      },
    ])
  })

  it('ignores a shared block one token short of minTokens', () => {
    expect(tokenCount(BLOCK_49)).toBe(49)
    const report = detect([
      ['a.ts', `const first = 1\n${BLOCK_49}export { first }\n`],
      ['b.ts', `import second from './second'\n${BLOCK_49}console.log(second)\n`],
    ])
    expect(report.cloneCount).toBe(0)
    expect(report.duplicatedLines).toBe(0)
  })

  it('ignores a shared block one line short of minLines', () => {
    const report = detect([
      ['a.ts', `const first = 1\n${BLOCK_60_ON_FOUR_LINES}export { first }\n`],
      ['b.ts', `import second from './second'\n${BLOCK_60_ON_FOUR_LINES}console.log(second)\n`],
    ])
    expect(report.cloneCount).toBe(0)
  })

  it('honours smaller thresholds', () => {
    const detector = new DuplicationDetector({ minTokens: 40, minLines: 4 })
    detector.addFile('a.ts', `const first = 1\n${BLOCK_60_ON_FOUR_LINES}export { first }\n`, { jsx: false })
    detector.addFile('b.ts', `import second from './second'\n${BLOCK_60_ON_FOUR_LINES}`, { jsx: false })
    expect(detector.report().clones).toEqual([
      {
        tokens: 60,
        lines: 4,
        first: { path: 'a.ts', startLine: 2, endLine: 5 },
        second: { path: 'b.ts', startLine: 2, endLine: 5 },
      },
    ])
  })

  it('reports a block seen three times as two clones, each against the first', () => {
    const report = detect([A, B, ['c.ts', `let third = 3\n${BLOCK_60}third++\n`]])
    expect(report.cloneCount).toBe(2)
    expect(report.clones.map((clone) => [clone.first.path, clone.second.path])).toEqual([
      ['a.ts', 'b.ts'],
      ['a.ts', 'c.ts'],
    ])
  })

  it('finds a clone within one file', () => {
    const report = detect([['a.ts', `const first = 1\n${BLOCK_60}first += 2\n${BLOCK_60}`]])
    expect(report.clones).toEqual([
      {
        tokens: 60,
        lines: 8,
        first: { path: 'a.ts', startLine: 2, endLine: 9 },
        second: { path: 'a.ts', startLine: 11, endLine: 18 },
      },
    ])
    expect(report.files).toEqual([{ path: 'a.ts', duplicatedLines: 16 }])
  })

  it('matches copies that differ only in comments, blank lines and layout', () => {
    const report = detect([A, ['b.ts', `// Sums an invoice.\n${BLOCK_60_REFORMATTED}console.log(0)\n`]])
    expect(report.clones).toEqual([
      {
        tokens: 60,
        lines: 8,
        first: { path: 'a.ts', startLine: 2, endLine: 9 },
        second: { path: 'b.ts', startLine: 2, endLine: 11 },
      },
    ])
  })

  it('does not match copies whose identifiers were renamed (mild mode)', () => {
    const report = detect([A, ['b.ts', `import second from './second'\n\n${BLOCK_60_RENAMED}`]])
    expect(report.cloneCount).toBe(0)
  })

  it('merges a long run of matching windows into one clone', () => {
    const shared = BLOCK_60 + BLOCK_60_RENAMED
    const report = detect([
      ['a.ts', `const first = 1\n${shared}export { first }\n`],
      ['b.ts', `import second from './second'\n\n${shared}console.log(second)\n`],
    ])
    expect(report.clones).toEqual([
      {
        tokens: 120,
        lines: 16,
        first: { path: 'a.ts', startLine: 2, endLine: 17 },
        second: { path: 'b.ts', startLine: 3, endLine: 18 },
      },
    ])
  })

  it('computes the percentage over the lines from first to last token, each duplicated line once', () => {
    // a.ts: code on lines 1–10, the block on 2–9. b.ts: a header comment (not counted), code on lines
    // 2–11 with the block on 4–11, then a trailing comment (not counted). 16 of 20 lines: 80%.
    const report = detect([
      A,
      ['b.ts', `// header\nimport second from './second'\n\n${BLOCK_60}\n// trailing comment\n`],
      // Marking a.ts's block again (as the first copy of this third one) must not count its lines twice.
      ['c.ts', `${BLOCK_60}`],
    ])
    expect(report.totalLines).toBe(28)
    expect(report.duplicatedLines).toBe(24)
    expect(report.percentage).toBeCloseTo((24 / 28) * 100, 10)
    expect(report.files).toEqual([
      { path: 'a.ts', duplicatedLines: 8 },
      { path: 'b.ts', duplicatedLines: 8 },
      { path: 'c.ts', duplicatedLines: 8 },
    ])
  })

  it('computes 80% on two ten-line files sharing eight lines each', () => {
    const report = detect([
      A,
      ['b.ts', `// header\nimport second from './second'\n\n${BLOCK_60}\n// trailing\n`],
    ])
    expect(report).toMatchObject({ totalLines: 20, duplicatedLines: 16, percentage: 80, cloneCount: 1 })
  })

  it('reports 0% and no clones when nothing was added', () => {
    expect(new DuplicationDetector().report()).toEqual({
      clones: [],
      cloneCount: 0,
      duplicatedLines: 0,
      totalLines: 0,
      percentage: 0,
      files: [],
    })
  })

  it('tokenises JSX and finds a duplicated component', () => {
    expect(tokenCount(JSX_BLOCK, true)).toBe(63)
    const report = detect(
      [
        ['a.tsx', `import { memo } from 'react'\n${JSX_BLOCK}export default memo(PriceTag)\n`],
        ['b.tsx', `const shown = true\n\n${JSX_BLOCK}`],
      ],
      true,
    )
    expect(report.clones).toEqual([
      {
        tokens: 63,
        lines: 9,
        first: { path: 'a.tsx', startLine: 2, endLine: 10 },
        second: { path: 'b.tsx', startLine: 3, endLine: 11 },
      },
    ])
  })

  it('ends a clone on the last line of a template literal spanning lines', () => {
    const block = BLOCK_60.replace('return [subtotal, tax]', 'return `${subtotal}\n+ ${tax}`')
    const report = detect([
      ['a.ts', `const first = 1\n${block}export { first }\n`],
      ['b.ts', `import second from './second'\n${block}`],
    ])
    expect(report.clones.map((clone) => [clone.first, clone.second])).toEqual([
      [
        { path: 'a.ts', startLine: 2, endLine: 10 },
        { path: 'b.ts', startLine: 2, endLine: 10 },
      ],
    ])
  })
})

describe('DuplicationDetector limits', () => {
  it('lists only the biggest clones but counts them all', () => {
    const detector = new DuplicationDetector({}, { maxReportedClones: 1, maxReportedFiles: 2 })
    const small = `const first = 1\n${BLOCK_60}`
    const big = `${BLOCK_60}${BLOCK_60_RENAMED}`
    detector.addFile('a.ts', small, { jsx: false })
    detector.addFile('b.ts', big, { jsx: false })
    detector.addFile('c.ts', `let third = 3\n${big}`, { jsx: false })
    const report = detector.report()
    expect(report.cloneCount).toBe(2)
    expect(report.clones).toHaveLength(1)
    expect(report.clones[0]).toMatchObject({ tokens: 120, first: { path: 'b.ts' }, second: { path: 'c.ts' } })
    expect(report.files).toEqual([
      { path: 'b.ts', duplicatedLines: 16 },
      { path: 'c.ts', duplicatedLines: 16 },
    ])
  })

  it('compares files past the index budget with the kept ones without keeping them', () => {
    const detector = new DuplicationDetector({}, { maxIndexedTokens: 100 })
    detector.addFile('kept.ts', BLOCK_60, { jsx: false })
    detector.addFile('over-budget.ts', `let x = 1\n${BLOCK_60}`, { jsx: false })
    detector.addFile('unkept.ts', BLOCK_60_RENAMED, { jsx: false })
    detector.addFile('late.ts', `let y = 2\n${BLOCK_60_RENAMED}`, { jsx: false })
    const report = detector.report()
    expect(report.clones.map((clone) => [clone.first.path, clone.second.path])).toEqual([
      ['kept.ts', 'over-budget.ts'],
    ])
    expect(report.totalLines).toBe(34)
  })
})
