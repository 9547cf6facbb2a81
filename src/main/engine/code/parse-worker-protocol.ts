import type { DuplicationReport } from './duplication'
import type { ParsedSource, SourceProblem, SourceToParse } from './parsed-source'

/** What the engine posts the parse worker once the inventory has chosen the files. */
export interface ParseWorkerInput {
  repoDir: string
  maxFileBytes: number
  files: SourceToParse[]
}

/** Results come in batches: one message per file would cost more than parsing a small file. */
export type ParseWorkerMessage =
  | { type: 'batch'; parsed: ParsedSource[]; problems: SourceProblem[]; done: number }
  | { type: 'finished'; duplication: DuplicationReport }
