import type { AnalyzerRunSummary, AuditFacts, AuditWarning, Metric } from '../../shared/domain/audit-result'
import type { Analyzer, AnalyzerContext, EngineProgress, FindingDraft } from './types'

export type SharedContext = Omit<AnalyzerContext, 'facts' | 'progress' | 'warn'>

export interface RunnerOutput {
  metrics: Metric[]
  findings: FindingDraft[]
  facts: AuditFacts
  warnings: AuditWarning[]
  analyzers: AnalyzerRunSummary[]
}

/** Orders analyzers so each runs after the ones it `needs`; a missing or circular need is a programming error. */
export function orderAnalyzers(analyzers: readonly Analyzer[]): Analyzer[] {
  const byId = new Map(analyzers.map((analyzer) => [analyzer.id, analyzer]))
  const ordered: Analyzer[] = []
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (analyzer: Analyzer): void => {
    if (state.get(analyzer.id) === 'done') return
    if (state.get(analyzer.id) === 'visiting') throw new Error(`Analyzer dependency cycle at ${analyzer.id}`)
    state.set(analyzer.id, 'visiting')
    for (const need of analyzer.needs) {
      const required = byId.get(need)
      if (!required) throw new Error(`Analyzer ${analyzer.id} needs ${need}, which is not registered`)
      visit(required)
    }
    state.set(analyzer.id, 'done')
    ordered.push(analyzer)
  }
  analyzers.forEach(visit)
  return ordered
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * Runs every analyzer over the shared context. An analyzer that throws becomes a warning and a
 * failed summary, and the others still run; only cancellation stops the whole run.
 */
export async function runAnalyzers(
  analyzers: readonly Analyzer[],
  shared: SharedContext,
  onProgress: (progress: EngineProgress) => void,
): Promise<RunnerOutput> {
  const output: RunnerOutput = { metrics: [], findings: [], facts: {}, warnings: [], analyzers: [] }
  for (const analyzer of orderAnalyzers(analyzers)) {
    shared.signal.throwIfAborted()
    const startedAt = performance.now()
    const context: AnalyzerContext = {
      ...shared,
      facts: output.facts,
      progress: ({ done, total, message }) =>
        onProgress({ phase: 'analyze', analyzerId: analyzer.id, done, total, message }),
      warn: (message, path) => output.warnings.push({ analyzerId: analyzer.id, message, path: path ?? null }),
    }
    onProgress({ phase: 'analyze', analyzerId: analyzer.id, done: 0, total: null, message: analyzer.title })
    try {
      const result = await analyzer.run(context)
      output.metrics.push(...result.metrics)
      output.findings.push(...result.findings)
      Object.assign(output.facts, { [analyzer.id]: result.facts })
      output.analyzers.push(summary(analyzer, startedAt, null))
    } catch (error) {
      if (shared.signal.aborted) throw error
      output.warnings.push({
        analyzerId: analyzer.id,
        message: `${analyzer.title} failed: ${errorMessage(error)}`,
        path: null,
      })
      output.analyzers.push(summary(analyzer, startedAt, errorMessage(error)))
    }
  }
  return output
}

function summary(analyzer: Analyzer, startedAt: number, error: string | null): AnalyzerRunSummary {
  return {
    id: analyzer.id,
    title: analyzer.title,
    status: error === null ? 'succeeded' : 'failed',
    durationMs: Math.round(performance.now() - startedAt),
    error,
  }
}
