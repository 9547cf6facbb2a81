import type { ComplexityFacts } from '../../../shared/domain/facts/complexity-facts'
import { complexityFindings } from '../code/complexity-findings'
import { complexityMetrics } from '../code/complexity-metrics'
import { summarizeComplexity } from '../code/summarize-complexity'
import { readTsconfigStrictness } from '../code/tsconfig-strictness'
import { scanForAnalyzer } from '../code/source-scanner'
import type { Analyzer } from '../types'

/**
 * Per-function cyclomatic and cognitive complexity, size and nesting, type-safety escapes, TODO
 * markers, tsconfig strictness and duplicated blocks, from one syntax-only parse of each file.
 */
export const complexityAnalyzer: Analyzer<'complexity'> = {
  id: 'complexity',
  title: 'Code complexity',
  version: 1,
  needs: ['inventory'],
  parsesCode: true,
  async run(context) {
    const scan = await scanForAnalyzer(context)
    for (const problem of scan.problems) context.warn(problem.message, problem.path)
    const facts: ComplexityFacts = {
      ...summarizeComplexity(scan),
      tsconfigs: await readTsconfigStrictness(context),
    }
    return { metrics: complexityMetrics(facts), findings: complexityFindings(facts), facts }
  },
}
