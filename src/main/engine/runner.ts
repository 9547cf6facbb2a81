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

interface AnalyzerOutcome {
  metrics: Metric[]
  findings: FindingDraft[]
  warnings: AuditWarning[]
  summary: AnalyzerRunSummary
}

/**
 * Runs every analyzer over the shared context, each as soon as the ones it `needs` are done, so
 * independent ones overlap (the code parse in its worker beside git's own process reading history).
 * Outputs are merged in dependency order, so the result does not depend on which finished first.
 * An analyzer that throws becomes a warning and a failed summary, and the others still run; only
 * cancellation stops the whole run.
 */
export async function runAnalyzers(
  analyzers: readonly Analyzer[],
  shared: SharedContext,
  onProgress: (progress: EngineProgress) => void,
): Promise<RunnerOutput> {
  const facts: AuditFacts = {}
  const outcomes = new Map<string, Promise<AnalyzerOutcome>>()
  const ordered = orderAnalyzers(analyzers)
  for (const analyzer of ordered) {
    const needsDone = Promise.all(analyzer.needs.map((need) => outcomes.get(need)))
    outcomes.set(
      analyzer.id,
      needsDone.then(() => runOne(analyzer, { ...shared, facts }, onProgress)),
    )
  }
  const settled = await Promise.all(ordered.map((analyzer) => outcomes.get(analyzer.id)))
  const output: RunnerOutput = { metrics: [], findings: [], facts, warnings: [], analyzers: [] }
  for (const outcome of settled as AnalyzerOutcome[]) {
    output.metrics.push(...outcome.metrics)
    output.findings.push(...outcome.findings)
    output.warnings.push(...outcome.warnings)
    output.analyzers.push(outcome.summary)
  }
  return output
}

async function runOne(
  analyzer: Analyzer,
  shared: SharedContext & { facts: AuditFacts },
  onProgress: (progress: EngineProgress) => void,
): Promise<AnalyzerOutcome> {
  shared.signal.throwIfAborted()
  const startedAt = performance.now()
  const warnings: AuditWarning[] = []
  const context: AnalyzerContext = {
    ...shared,
    progress: ({ done, total, message }) =>
      onProgress({ phase: 'analyze', analyzerId: analyzer.id, done, total, message }),
    warn: (message, path) => warnings.push({ analyzerId: analyzer.id, message, path: path ?? null }),
  }
  onProgress({ phase: 'analyze', analyzerId: analyzer.id, done: 0, total: null, message: analyzer.title })
  try {
    const result = await analyzer.run(context)
    Object.assign(shared.facts, { [analyzer.id]: result.facts })
    return {
      metrics: result.metrics,
      findings: result.findings,
      warnings,
      summary: summary(analyzer, startedAt, null),
    }
  } catch (error) {
    if (shared.signal.aborted) throw error
    warnings.push({
      analyzerId: analyzer.id,
      message: `${analyzer.title} failed: ${errorMessage(error)}`,
      path: null,
    })
    return { metrics: [], findings: [], warnings, summary: summary(analyzer, startedAt, errorMessage(error)) }
  }
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
