import { describe, expect, it } from 'vitest'
import { complexityFindings } from '../../../src/main/engine/code/complexity-findings'
import type {
  ComplexityFacts,
  FileComplexity,
  FunctionComplexity,
} from '../../../src/shared/domain/facts/complexity-facts'

const baseFacts = (): ComplexityFacts => ({
  totals: {
    files: 1,
    functions: 1,
    complexFunctions: 0,
    codeLines: 10_000,
    anyCount: 0,
    tsIgnore: 0,
    tsExpectError: 0,
    eslintDisable: 0,
    nonNullAssertions: 0,
    markers: 0,
  },
  cyclomaticBands: [],
  cognitiveBands: [],
  worstFunctions: [],
  files: [],
  markers: [],
  tsconfigs: [],
  duplication: { percentage: 0, duplicatedLines: 0, totalLines: 10_000, cloneCount: 0, clones: [] },
  unmeasured: [],
})

const fn = (name: string, cognitive: number, cyclomatic: number, line = 5): FunctionComplexity => ({
  path: 'src/a.ts',
  name,
  kind: 'function',
  line,
  lines: 80,
  parameters: 2,
  cyclomatic,
  cognitive,
  maxNesting: 3,
})
const file = (path: string, codeLines: number, functions: number): FileComplexity => ({
  path,
  codeLines,
  functions,
  cyclomaticSum: 0,
  cognitiveSum: 0,
  maxCyclomatic: 0,
  maxCognitive: 0,
  anyCount: 0,
  suppressions: 0,
  nonNullAssertions: 0,
  markers: 0,
})
const rules = (facts: ComplexityFacts) =>
  complexityFindings(facts).map((finding) => [finding.ruleId, finding.severity])

describe('complexityFindings', () => {
  it('reports functions over cognitive 15 or cyclomatic 20, graded by how far over', () => {
    const facts = {
      ...baseFacts(),
      worstFunctions: [fn('huge', 60, 10), fn('mid', 30, 5), fn('branchy', 3, 21), fn('edge', 15, 20)],
    }
    expect(rules(facts)).toEqual([
      ['complexity/complex-function', 'high'],
      ['complexity/complex-function', 'medium'],
      ['complexity/complex-function', 'low'],
    ])
    expect(complexityFindings(facts)[0]).toMatchObject({
      location: { path: 'src/a.ts', line: 5, column: null },
      evidence: '80 lines, 2 parameter(s), nesting 3 deep; cognitive 60, cyclomatic 10.',
      effortMinutes: 120,
    })
  })

  it('tells anonymous functions apart by line, and keeps named ones stable when code moves', () => {
    const facts = {
      ...baseFacts(),
      worstFunctions: [fn('<anonymous>', 30, 5, 5), fn('<anonymous>', 30, 5, 50), fn('named', 30, 5, 90)],
    }
    expect(complexityFindings(facts).map((finding) => finding.snippet)).toEqual([
      'function <anonymous> 5',
      'function <anonymous> 50',
      'function named',
    ])
  })

  it('reports files of 2,000 code lines, or 60 functions in 800 lines, as oversized', () => {
    const facts = {
      ...baseFacts(),
      files: [
        file('big.ts', 2_000, 3),
        file('busy.ts', 800, 60),
        file('fine.ts', 799, 60),
        file('huge.ts', 4_000, 1),
      ],
    }
    expect(complexityFindings(facts).map((finding) => [finding.location?.path, finding.severity])).toEqual([
      ['big.ts', 'low'],
      ['busy.ts', 'low'],
      ['huge.ts', 'medium'],
    ])
  })

  it('reports a tsconfig with strict and noImplicitAny off, but not one whose base is unknown', () => {
    const facts = {
      ...baseFacts(),
      tsconfigs: [
        { path: 'tsconfig.json', strict: false, noImplicitAny: false, strictNullChecks: false },
        { path: 'apps/web/tsconfig.json', strict: false, noImplicitAny: false, strictNullChecks: true },
        { path: 'apps/api/tsconfig.json', strict: null, noImplicitAny: null, strictNullChecks: null },
        { path: 'apps/cli/tsconfig.json', strict: false, noImplicitAny: true, strictNullChecks: false },
      ],
    }
    expect(complexityFindings(facts).map((finding) => [finding.location?.path, finding.severity])).toEqual([
      ['tsconfig.json', 'medium'],
      ['apps/web/tsconfig.json', 'low'],
    ])
  })

  it('reports duplication over 5% and type-safety escapes over 10 per 1,000 lines', () => {
    const duplication = {
      percentage: 12.5,
      duplicatedLines: 1_250,
      totalLines: 10_000,
      cloneCount: 3,
      clones: [],
    }
    expect(rules({ ...baseFacts(), duplication })).toEqual([['complexity/duplicated-code', 'medium']])
    expect(rules({ ...baseFacts(), duplication: { ...duplication, percentage: 5 } })).toEqual([])
    const totals = { ...baseFacts().totals, anyCount: 60, tsIgnore: 30, nonNullAssertions: 11 }
    expect(rules({ ...baseFacts(), totals })).toEqual([['complexity/type-safety-escapes', 'low']])
    expect(rules({ ...baseFacts(), totals: { ...totals, anyCount: 10 } })).toEqual([])
  })
})
