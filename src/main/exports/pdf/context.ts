import type { GitHistoryFacts } from '../../../shared/domain/facts/git-history-facts'
import type { Hotspot } from '../../../shared/domain/facts/hotspot-facts'
import type { InventoryFacts } from '../../../shared/domain/facts/inventory-facts'
import type { AuditSnapshot, SnapshotDebtItem, SnapshotRepo } from '../../../shared/report/audit-snapshot'
import { estimateCocomo, type CocomoEstimate } from './cocomo'
import {
  readArchitecture,
  readComplexity,
  readGitHistory,
  readHotspots,
  readInventory,
  type ArchitectureSummary,
  type ComplexitySummary,
} from './facts'
import { remediationCost, type RemediationCost } from './remediation-cost'

/** What the sections share, worked out once: the facts read, the debt ranked, the totals summed. */
export interface RepoView {
  repo: SnapshotRepo
  inventory: InventoryFacts | null
  history: GitHistoryFacts | null
  complexity: ComplexitySummary | null
  hotspots: Hotspot[] | null
  architecture: ArchitectureSummary | null
}

export interface PackContext {
  snapshot: AuditSnapshot
  repos: RepoView[]
  /** Every debt item but false positives, highest priority first. */
  rankedDebt: SnapshotDebtItem[]
  /** Code lines over every repository's inventory (the COCOMO input). */
  codeLines: number
  commits: number
  replacement: CocomoEstimate
  remediation: RemediationCost
}

export function buildContext(snapshot: AuditSnapshot): PackContext {
  const repos = snapshot.repos.map((repo) => ({
    repo,
    inventory: readInventory(repo.facts),
    history: readGitHistory(repo.facts),
    complexity: readComplexity(repo.facts),
    hotspots: readHotspots(repo.facts),
    architecture: readArchitecture(repo.facts),
  }))
  const rankedDebt = snapshot.debtItems
    .filter((item) => item.status !== 'false-positive')
    .sort((left, right) => right.priority - left.priority || left.title.localeCompare(right.title))
  const codeLines = repos.reduce((sum, view) => sum + (view.inventory?.totals.code ?? 0), 0)
  const { annualWage, overhead } = snapshot.costAssumptions
  return {
    snapshot,
    repos,
    rankedDebt,
    codeLines,
    commits: repos.reduce((sum, view) => sum + (view.history?.commitCount ?? 0), 0),
    replacement: estimateCocomo(codeLines, annualWage, overhead),
    remediation: remediationCost(snapshot.debtItems, snapshot.costAssumptions),
  }
}

export function metricValue(repo: SnapshotRepo, id: string): number | null {
  return repo.metrics.find((metric) => metric.id === id)?.value ?? null
}

/** Whether an analyzer left anything (facts or metrics) in any repository of the snapshot. */
export function analysed(snapshot: AuditSnapshot, analyzerId: string): boolean {
  return snapshot.repos.some(
    (repo) =>
      (repo.facts !== null && analyzerId in repo.facts) ||
      repo.metrics.some((metric) => metric.id.startsWith(`${analyzerId}/`)),
  )
}
