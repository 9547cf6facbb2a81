import type { ArchitectureFacts } from './facts/architecture-facts'
import type { ComplexityFacts } from './facts/complexity-facts'
import type { DependencyFacts } from './facts/dependency-facts'
import type { Finding } from './finding'
import type { GitHistoryFacts } from './facts/git-history-facts'
import type { HotspotFacts } from './facts/hotspot-facts'
import type { InventoryFacts } from './facts/inventory-facts'
import type { SecretsFacts } from './facts/secrets-facts'
import type { SecurityPatternFacts } from './facts/security-pattern-facts'

/** Bumped whenever the shape of AuditResult changes, so readers of audit.json can tell. */
export const AUDIT_RESULT_SCHEMA_VERSION = 1

export const METRIC_UNITS = ['count', 'lines', 'bytes', 'percent', 'days', 'ratio'] as const
export type MetricUnit = (typeof METRIC_UNITS)[number]

export interface Metric {
  /** `<analyzer>/<metric>`, stable forever: checklist evidence rules refer to it. */
  id: string
  label: string
  value: number
  unit: MetricUnit
}

export interface AuditWarning {
  analyzerId: string | null
  message: string
  path: string | null
}

export interface AnalyzerRunSummary {
  id: string
  title: string
  status: 'succeeded' | 'failed'
  durationMs: number
  error: string | null
}

export interface AuditedRepo {
  source: string
  sourceKind: 'url' | 'local'
  commitSha: string | null
  branch: string | null
}

/** Plain, structured-clone-safe data: it crosses the utility process, IPC, IndexedDB and audit.json. */
export interface AuditFacts {
  inventory?: InventoryFacts
  'git-history'?: GitHistoryFacts
  dependencies?: DependencyFacts
  complexity?: ComplexityFacts
  architecture?: ArchitectureFacts
  hotspots?: HotspotFacts
  secrets?: SecretsFacts
  'security-patterns'?: SecurityPatternFacts
}

export interface AuditResult {
  schemaVersion: typeof AUDIT_RESULT_SCHEMA_VERSION
  engineVersion: string
  repo: AuditedRepo
  startedAt: string
  finishedAt: string
  metrics: Metric[]
  findings: Finding[]
  facts: AuditFacts
  warnings: AuditWarning[]
  analyzers: AnalyzerRunSummary[]
}
