import type { AuditSnapshot } from '../shared/report/audit-snapshot'
import { DEFAULT_COST_ASSUMPTIONS } from '../shared/report/audit-snapshot'
import { assembleSnapshot } from '../shared/report/assemble-snapshot'
import type { AuditResult } from '../shared/domain/audit-result'
import type { EngagementStage } from '../shared/domain/engagement'
import { loadBundledChecklists, loadStageRules } from './bundled-checklists'

export interface HeadlessEngagement {
  name: string
  stage: EngagementStage
}

/**
 * The snapshot the CLI exports: one repository, no auditor. Checklists are pre-filled from the engine's
 * suggestions only, and every such answer is marked as a suggestion in the exports.
 */
export async function snapshotFromAudit(
  result: AuditResult,
  engagement: HeadlessEngagement,
  repoName: string,
): Promise<AuditSnapshot> {
  const catalog = await loadBundledChecklists()
  if (catalog.problems.length > 0)
    throw new Error(`The bundled checklists are invalid:\n${catalog.problems.join('\n')}`)
  const rules = (await loadStageRules())[engagement.stage]
  return assembleSnapshot({
    generatedBy: 'cli',
    generatedAt: result.finishedAt,
    engagement: { ...engagement, startDate: null, endDate: null, notes: '' },
    auditor: null,
    repos: [
      {
        id: 'repo-1',
        name: repoName,
        source: result.repo.source,
        run: {
          commitSha: result.repo.commitSha,
          branch: result.repo.branch,
          finishedAt: result.finishedAt,
          metrics: result.metrics,
          facts: result.facts as Record<string, unknown>,
          warnings: result.warnings.map((warning) =>
            warning.path ? `${warning.path}: ${warning.message}` : warning.message,
          ),
          succeededAnalyzers: result.analyzers
            .filter((analyzer) => analyzer.status === 'succeeded')
            .map((analyzer) => analyzer.id),
        },
        findings: result.findings,
        previous: null,
      },
    ],
    triage: [],
    answers: 'suggestions',
    checklists: catalog.checklists,
    rules,
    executiveSummary: null,
    costAssumptions: DEFAULT_COST_ASSUMPTIONS,
  })
}
