import {
  COGNITIVE_LIMIT,
  CYCLOMATIC_LIMIT,
  type CodeMarker,
  type ComplexityBand,
  type ComplexityFacts,
  type FileComplexity,
  type FunctionComplexity,
} from '../../../shared/domain/facts/complexity-facts'
import { COGNITIVE_BANDS, CYCLOMATIC_BANDS } from './complexity-thresholds'
import type { DuplicationReport } from './duplication'
import type { ParsedSource, SourceScan } from './parsed-source'

/** Facts are stored per run: the long lists are capped, the totals are not. */
const MAX_WORST_FUNCTIONS = 200
const MAX_MARKERS = 500
const MAX_CLONES = 100
const MAX_UNMEASURED = 500
// FIXME and HACK admit known breakage; TODO and XXX are more often plans.
const MARKER_ORDER: Record<CodeMarker['kind'], number> = { FIXME: 0, HACK: 1, XXX: 2, TODO: 3 }

function fileComplexity(source: ParsedSource): FileComplexity {
  const { functions, suppressions } = source.measures
  return {
    path: source.path,
    codeLines: source.codeLines,
    functions: functions.length,
    cyclomaticSum: functions.reduce((sum, fn) => sum + fn.cyclomatic, 0),
    // A nested function's cognitive complexity already counts in its enclosing function's (white paper).
    cognitiveSum: functions.reduce(
      (sum, fn) => (fn.enclosingFunction === null ? sum + fn.cognitive : sum),
      0,
    ),
    maxCyclomatic: functions.reduce((max, fn) => Math.max(max, fn.cyclomatic), 0),
    maxCognitive: functions.reduce((max, fn) => Math.max(max, fn.cognitive), 0),
    anyCount: source.measures.anyCount,
    suppressions: suppressions.tsIgnore + suppressions.tsExpectError + suppressions.eslintDisable,
    nonNullAssertions: source.measures.nonNullAssertions,
    markers: source.measures.markers.length,
  }
}

function bandsOf(values: readonly number[], bounds: readonly [number, number | null][]): ComplexityBand[] {
  const bands = bounds.map(([min, max]) => ({ min, max, functions: 0 }))
  for (const value of values) {
    const band = bands.find(({ min, max }) => value >= min && (max === null || value <= max)) ?? bands[0]
    if (band) band.functions += 1
  }
  return bands
}

function* allFunctions(files: readonly ParsedSource[]): Generator<FunctionComplexity> {
  for (const file of files)
    for (const fn of file.measures.functions)
      yield {
        path: file.path,
        name: fn.name,
        kind: fn.kind,
        line: fn.line,
        lines: fn.lines,
        parameters: fn.parameters,
        cyclomatic: fn.cyclomatic,
        cognitive: fn.cognitive,
        maxNesting: fn.maxNesting,
      }
}

function duplicationSummary(report: DuplicationReport): ComplexityFacts['duplication'] {
  return {
    percentage: report.percentage,
    duplicatedLines: report.duplicatedLines,
    totalLines: report.totalLines,
    cloneCount: report.cloneCount,
    clones: report.clones
      .slice(0, MAX_CLONES)
      .map(({ lines, tokens, first, second }) => ({ lines, tokens, first, second })),
  }
}

/** Turns the parse pass into the complexity facts: per-file sums, distributions, worst functions, markers. */
export function summarizeComplexity(scan: SourceScan): Omit<ComplexityFacts, 'tsconfigs'> {
  const files = scan.files.map(fileComplexity)
  files.sort((left, right) => right.cognitiveSum - left.cognitiveSum || (left.path < right.path ? -1 : 1))
  const functions = [...allFunctions(scan.files)]
  const markers = scan.files
    .flatMap((file) => file.measures.markers.map((marker) => ({ path: file.path, ...marker })))
    .sort(
      (left, right) =>
        MARKER_ORDER[left.kind] - MARKER_ORDER[right.kind] || (left.path < right.path ? -1 : 1),
    )
  const sum = (pick: (source: ParsedSource) => number): number =>
    scan.files.reduce((total, source) => total + pick(source), 0)

  return {
    totals: {
      files: files.length,
      functions: functions.length,
      complexFunctions: functions.filter(
        (fn) => fn.cognitive > COGNITIVE_LIMIT || fn.cyclomatic > CYCLOMATIC_LIMIT,
      ).length,
      codeLines: sum((source) => source.codeLines),
      anyCount: sum((source) => source.measures.anyCount),
      tsIgnore: sum((source) => source.measures.suppressions.tsIgnore),
      tsExpectError: sum((source) => source.measures.suppressions.tsExpectError),
      eslintDisable: sum((source) => source.measures.suppressions.eslintDisable),
      nonNullAssertions: sum((source) => source.measures.nonNullAssertions),
      markers: markers.length,
    },
    cyclomaticBands: bandsOf(
      functions.map((fn) => fn.cyclomatic),
      CYCLOMATIC_BANDS,
    ),
    cognitiveBands: bandsOf(
      functions.map((fn) => fn.cognitive),
      COGNITIVE_BANDS,
    ),
    worstFunctions: functions
      .sort((left, right) => right.cognitive - left.cognitive || right.cyclomatic - left.cyclomatic)
      .slice(0, MAX_WORST_FUNCTIONS),
    files,
    markers: markers.slice(0, MAX_MARKERS),
    duplication: duplicationSummary(scan.duplication),
    unmeasured: scan.problems
      .slice(0, MAX_UNMEASURED)
      .map(({ path, message }) => ({ path, reason: message })),
  }
}
