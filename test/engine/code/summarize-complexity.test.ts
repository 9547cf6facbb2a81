import { describe, expect, it } from 'vitest'
import type { FunctionMeasures } from '../../../src/main/engine/code/measure'
import type { ParsedSource, SourceScan } from '../../../src/main/engine/code/parsed-source'
import { summarizeComplexity } from '../../../src/main/engine/code/summarize-complexity'

const fn = (
  name: string,
  cognitive: number,
  cyclomatic: number,
  enclosingFunction: number | null = null,
): FunctionMeasures => ({
  name,
  kind: 'function',
  line: 1,
  column: 1,
  endLine: 10,
  lines: 10,
  parameters: 1,
  cyclomatic,
  cognitive,
  maxNesting: 1,
  enclosingFunction,
})

const source = (
  path: string,
  functions: FunctionMeasures[],
  extra: Partial<ParsedSource['measures']> = {},
): ParsedSource => ({
  path,
  codeLines: 100,
  imports: [],
  nonLiteralImports: 0,
  securityMatches: [],
  measures: {
    functions,
    anyCount: 0,
    suppressions: { tsIgnore: 0, tsExpectError: 0, eslintDisable: 0 },
    nonNullAssertions: 0,
    markers: [],
    ...extra,
  },
})

const scan = (files: ParsedSource[]): SourceScan => ({
  files,
  problems: [{ path: 'deep.ts', message: 'Not measured: the code nests too deeply to parse safely.' }],
  duplication: { clones: [], cloneCount: 0, duplicatedLines: 0, totalLines: 200, percentage: 0, files: [] },
  durationMs: 1,
})

describe('summarizeComplexity', () => {
  const facts = summarizeComplexity(
    scan([
      // outer (cognitive 20) already includes inner's 6: the file sums to 20, not 26.
      source('a.ts', [fn('outer', 20, 4), fn('inner', 6, 25, 0)], {
        anyCount: 2,
        suppressions: { tsIgnore: 1, tsExpectError: 0, eslintDisable: 3 },
        markers: [
          { kind: 'TODO', line: 3, text: 'TODO later' },
          { kind: 'FIXME', line: 9, text: 'FIXME broken' },
        ],
      }),
      source('b.ts', [fn('small', 0, 1), fn('mid', 12, 8)]),
    ]),
  )

  it('sums a file without counting nested functions twice, and orders files by it', () => {
    expect(
      facts.files.map(({ path, cognitiveSum, maxCognitive, maxCyclomatic, functions }) => ({
        path,
        cognitiveSum,
        maxCognitive,
        maxCyclomatic,
        functions,
      })),
    ).toEqual([
      { path: 'a.ts', cognitiveSum: 20, maxCognitive: 20, maxCyclomatic: 25, functions: 2 },
      { path: 'b.ts', cognitiveSum: 12, maxCognitive: 12, maxCyclomatic: 8, functions: 2 },
    ])
  })

  it('totals escapes and counts functions over either limit as complex', () => {
    expect(facts.totals).toEqual({
      files: 2,
      functions: 4,
      complexFunctions: 2, // outer (cognitive 20 > 15) and inner (cyclomatic 25 > 20)
      codeLines: 200,
      anyCount: 2,
      tsIgnore: 1,
      tsExpectError: 0,
      eslintDisable: 3,
      nonNullAssertions: 0,
      markers: 2,
    })
  })

  it('puts every function in one band of each measure', () => {
    expect(facts.cognitiveBands.map((band) => band.functions)).toEqual([1, 1, 1, 1, 0, 0])
    expect(facts.cyclomaticBands.map((band) => band.functions)).toEqual([2, 1, 0, 1, 0])
  })

  it('lists the worst functions first, FIXME before TODO, and the files left unmeasured', () => {
    expect(facts.worstFunctions.map((worst) => worst.name)).toEqual(['outer', 'mid', 'inner', 'small'])
    expect(facts.markers.map((marker) => marker.kind)).toEqual(['FIXME', 'TODO'])
    expect(facts.unmeasured).toEqual([
      { path: 'deep.ts', reason: 'Not measured: the code nests too deeply to parse safely.' },
    ])
  })
})
