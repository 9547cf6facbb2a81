/** What the `complexity` analyzer measured in the JavaScript and TypeScript of a repository. */

/**
 * Where a function counts as complex: SonarQube's default for cognitive complexity (rule S3776) and
 * ESLint's default `max` for its `complexity` rule. The engine, the views and the exports all use these.
 */
export const COGNITIVE_LIMIT = 15
export const CYCLOMATIC_LIMIT = 20

export const FUNCTION_KINDS = [
  'function',
  'method',
  'arrow',
  'function-expression',
  'getter',
  'setter',
  'constructor',
  'static-block',
] as const
export type FunctionKind = (typeof FUNCTION_KINDS)[number]

export interface FunctionComplexity {
  path: string
  name: string
  kind: FunctionKind
  line: number
  lines: number
  parameters: number
  /** As ESLint's `complexity` rule counts. */
  cyclomatic: number
  /** As SonarSource's "Cognitive Complexity" white paper defines. */
  cognitive: number
  maxNesting: number
}

/** One parsed file's measures, summed and maximised over its functions. */
export interface FileComplexity {
  path: string
  codeLines: number
  functions: number
  cyclomaticSum: number
  cognitiveSum: number
  maxCyclomatic: number
  maxCognitive: number
  anyCount: number
  /** `@ts-ignore`, `@ts-expect-error` and `eslint-disable` comments. */
  suppressions: number
  nonNullAssertions: number
  markers: number
}

/** How many functions fall in each band of a measure, for the distribution chart. */
export interface ComplexityBand {
  /** Inclusive bounds; `max` null for the open top band. */
  min: number
  max: number | null
  functions: number
}

export interface CodeMarker {
  path: string
  line: number
  kind: 'TODO' | 'FIXME' | 'HACK' | 'XXX'
  text: string
}

/** A tsconfig's strictness, after following `extends` inside the repository. */
export interface TsconfigStrictness {
  path: string
  /** Null when the setting comes from a base config outside the repository and cannot be known. */
  strict: boolean | null
  noImplicitAny: boolean | null
  strictNullChecks: boolean | null
}

export interface DuplicatedBlock {
  lines: number
  tokens: number
  first: { path: string; startLine: number; endLine: number }
  second: { path: string; startLine: number; endLine: number }
}

export interface DuplicationSummary {
  percentage: number
  duplicatedLines: number
  totalLines: number
  cloneCount: number
  /** The largest duplicated blocks. */
  clones: DuplicatedBlock[]
}

export interface ComplexityFacts {
  totals: {
    files: number
    functions: number
    /** Functions over the complexity limits (cognitive 15, cyclomatic 20). */
    complexFunctions: number
    codeLines: number
    anyCount: number
    tsIgnore: number
    tsExpectError: number
    eslintDisable: number
    nonNullAssertions: number
    markers: number
  }
  cyclomaticBands: ComplexityBand[]
  cognitiveBands: ComplexityBand[]
  /** The functions hardest to understand, by cognitive complexity. */
  worstFunctions: FunctionComplexity[]
  /** Every parsed file, by cognitive complexity, most first. */
  files: FileComplexity[]
  /** TODO, FIXME, HACK and XXX comments, FIXME and HACK first. */
  markers: CodeMarker[]
  tsconfigs: TsconfigStrictness[]
  duplication: DuplicationSummary
  /** Files left unmeasured, and why. */
  unmeasured: { path: string; reason: string }[]
}
