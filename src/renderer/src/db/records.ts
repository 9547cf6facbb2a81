import type {
  AnalyzerRunSummary,
  AuditFacts,
  AuditWarning,
  Metric,
} from '../../../shared/domain/audit-result'
import type { AnswerStatus } from '../../../shared/domain/checklist-answer'
import type { DebtStatus } from '../../../shared/domain/debt-item'
import type { Engagement } from '../../../shared/domain/engagement'
import type { Finding } from '../../../shared/domain/finding'
import type { RunStatus } from '../../../shared/domain/run'

/** Rows of the auditor's database. Every row carries the engagement it belongs to, for backup and cascade. */
export type EngagementRecord = Engagement

export interface RepoRecord {
  id: string
  engagementId: string
  name: string
  /** An https/ssh URL, or the local folder the auditor picked. */
  source: string
  sourceKind: 'url' | 'local'
  defaultBranch: string | null
  clonePath: string | null
  lastRunId: string | null
  createdAt: string
}

/**
 * One analysis of one repository. Written in stages: `running` first, then completed in one
 * transaction with its findings; views show only succeeded runs, so a failed or cancelled run never
 * hides the previous result.
 */
export interface RunRecord {
  id: string
  engagementId: string
  repoId: string
  status: RunStatus
  jobId: string | null
  commitSha: string | null
  branch: string | null
  engineVersion: string | null
  startedAt: string
  finishedAt: string | null
  error: string | null
  warnings: AuditWarning[]
  metrics: Metric[]
  analyzers: AnalyzerRunSummary[]
  facts: AuditFacts | null
}

/** A finding of a run, or of a tool import: then `runId` is the import's id (schema v3). */
export interface FindingRecord extends Finding {
  id: string
  engagementId: string
  repoId: string
  runId: string
}

/**
 * One tool's results imported from a SARIF file into a repository (schema v3). Its findings are the
 * `findings` rows whose `runId` is this id; importing the same tool again for the repository replaces it.
 */
export interface ToolImportRecord {
  id: string
  engagementId: string
  repoId: string
  toolName: string
  toolVersion: string | null
  fileName: string
  importedAt: string
  resultCount: number
  warnings: string[]
}

/**
 * The auditor's answer to one checklist item (schema v2). Saved as it is typed: notes may exist before
 * a status is chosen. The engine's suggestion is never stored here; only what the auditor decided.
 */
export interface AnswerRecord {
  /** `${engagementId}:${itemId}` for answers made since v2; older answers keep their own id. */
  id: string
  engagementId: string
  checklistId: string
  itemId: string
  status: AnswerStatus | null
  notes: string
  linkedFindingFingerprints: string[]
  decidedBy: 'auditor' | null
  decidedAt: string | null
  /** The auditor took the engine's suggestion as the answer. */
  fromSuggestion: boolean
  /** The suggestion's evidence key when the auditor decided, to flag answers whose evidence changed since. */
  evidenceKey: string | null
  updatedAt: string
}

export interface DebtItemRecord {
  id: string
  engagementId: string
  fingerprints: string[]
  status: DebtStatus
  owner: string
  notes: string
  /** Null when the computed priority stands; the auditor's number otherwise. */
  priorityOverride: number | null
  updatedAt: string
}

/** Key/value facts about the database itself, such as the schema version that last wrote it. */
export interface MetaRecord {
  key: string
  value: unknown
}
