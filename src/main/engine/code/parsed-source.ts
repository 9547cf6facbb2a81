import type { InventoryFacts } from '../../../shared/domain/facts/inventory-facts'
import type { ImportReference } from '../architecture/extract-imports'
import type { PatternMatch } from '../security-patterns/pattern-match'
import type { DuplicationReport } from './duplication'
import type { FileMeasures } from './measure'
import type { SourceDialect } from './source-kinds'

/** One JavaScript or TypeScript file to parse: chosen from the inventory's counted files. */
export interface SourceToParse {
  path: string
  dialect: SourceDialect
  codeLines: number
}

/** What the parse worker keeps of one file once its syntax tree is dropped. */
export interface ParsedSource {
  path: string
  codeLines: number
  measures: FileMeasures
  imports: ImportReference[]
  /** `import(expression)` and `require(expression)`: decided at run time, so not in the graph. */
  nonLiteralImports: number
  /** Where the security-pattern code rules matched (see security-patterns/pattern-matcher.ts). */
  securityMatches: PatternMatch[]
}

/** A file the worker could not measure, and why: a warning for the auditor, never a failed run. */
export interface SourceProblem {
  path: string
  message: string
}

/** Everything one pass over the repository's JavaScript and TypeScript produced. */
export interface SourceScan {
  files: ParsedSource[]
  problems: SourceProblem[]
  duplication: DuplicationReport
  /** Wall time of the pass, for the analyzers' own summaries and the benchmark. */
  durationMs: number
}

/**
 * The one parse pass of a run, shared by the analyzers that read code: the first to ask starts it,
 * the others wait for the same result.
 */
export type SourceScanner = (
  inventory: InventoryFacts | undefined,
  onProgress: (done: number, total: number) => void,
) => Promise<SourceScan>
