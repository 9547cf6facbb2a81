import { z } from 'zod'
import { METRIC_UNITS } from '../domain/audit-result'
import { ANSWER_STATUSES } from '../domain/checklist-answer'
import { DEBT_STATUSES } from '../domain/debt-item'
import { EngagementStageSchema } from '../domain/engagement'
import { FindingSchema, SeveritySchema } from '../domain/finding'

/**
 * Everything an export shows, computed and plain: the renderer assembles it from Dexie, the CLI from an
 * AuditResult, and the exporters in main only lay it out (DESIGN.md: exports are pure functions of it).
 * Main validates it when it arrives over IPC. Text from audited repositories is in here as data; the
 * exporters make it safe for their format.
 */
export const AUDIT_SNAPSHOT_VERSION = 1

const text = (max: number) => z.string().max(max)
const RatingSchema = z.enum(['green', 'amber', 'red', 'incomplete'])

export const SnapshotScoreSchema = z.strictObject({
  score: z.number().min(0).max(1).nullable(),
  coverage: z.number().min(0).max(1),
  rating: RatingSchema,
  total: z.number().int().nonnegative(),
  answered: z.number().int().nonnegative(),
  redFlags: z.array(z.strictObject({ itemId: text(200), question: text(400), severity: SeveritySchema })),
})
export type SnapshotScore = z.infer<typeof SnapshotScoreSchema>

export const SnapshotMetricSchema = z.strictObject({
  id: text(120),
  label: text(200),
  value: z.number(),
  unit: z.enum(METRIC_UNITS),
})

export const SnapshotRepoSchema = z.strictObject({
  id: text(200),
  name: text(300),
  source: text(4_096),
  commitSha: text(64).nullable(),
  branch: text(300).nullable(),
  analysedAt: text(40).nullable(),
  metrics: z.array(SnapshotMetricSchema),
  /** The analyzers' facts as the engine produced them (AuditFacts); exporters read what they know. */
  facts: z.record(z.string(), z.unknown()).nullable(),
  warnings: z.array(text(2_000)),
})
export type SnapshotRepo = z.infer<typeof SnapshotRepoSchema>

export const SnapshotFindingSchema = FindingSchema.extend({
  repoId: text(200),
  repoName: text(300),
  debtItemId: text(300),
})
export type SnapshotFinding = z.infer<typeof SnapshotFindingSchema>

export const SnapshotDebtItemSchema = z.strictObject({
  id: text(300),
  title: text(1_000),
  ruleId: text(200),
  category: FindingSchema.shape.category,
  severity: SeveritySchema,
  repoNames: z.array(text(300)),
  /** Paths (or "(repository)") of the findings in the item. */
  locations: z.array(text(4_096)),
  findingCount: z.number().int().positive(),
  effortHours: z.number().nonnegative(),
  churnCommits: z.number().int().nonnegative().nullable(),
  interest: z.number().nonnegative(),
  /** The computed priority, or the auditor's override when set. */
  priority: z.number().nonnegative(),
  priorityOverridden: z.boolean(),
  priorityExplanation: text(1_000),
  status: z.enum(DEBT_STATUSES),
  owner: text(200),
  notes: text(20_000),
  remediation: text(20_000),
})
export type SnapshotDebtItem = z.infer<typeof SnapshotDebtItemSchema>

export const SnapshotChecklistItemSchema = z.strictObject({
  id: text(200),
  question: text(400),
  severity: SeveritySchema,
  weight: z.number().int(),
  status: z.enum(ANSWER_STATUSES).nullable(),
  /** "auditor": decided in the app; "suggestion": pre-filled from evidence only (the CLI), not yet confirmed. */
  answeredBy: z.enum(['auditor', 'suggestion']).nullable(),
  notes: text(20_000),
  evidence: z.array(text(2_000)),
})

export const SnapshotChecklistSchema = z.strictObject({
  id: text(100),
  title: text(200),
  score: SnapshotScoreSchema,
  sections: z.array(
    z.strictObject({
      title: text(200),
      score: SnapshotScoreSchema,
      items: z.array(SnapshotChecklistItemSchema),
    }),
  ),
})
export type SnapshotChecklist = z.infer<typeof SnapshotChecklistSchema>

/** What changed since the previous analysis of each repository, by finding fingerprint. */
export const SnapshotComparisonSchema = z.strictObject({
  previousAnalysedAt: text(40),
  newFindings: z.number().int().nonnegative(),
  fixedFindings: z.number().int().nonnegative(),
  stillOpen: z.number().int().nonnegative(),
})

/** scc's defaults for the COCOMO estimate; the auditor can change them before exporting. */
export const CostAssumptionsSchema = z.strictObject({
  annualWage: z.number().positive(),
  overhead: z.number().positive(),
  hoursPerDay: z.number().positive().max(24),
  currency: text(8),
})
export type CostAssumptions = z.infer<typeof CostAssumptionsSchema>
export const DEFAULT_COST_ASSUMPTIONS: CostAssumptions = {
  annualWage: 56_286,
  overhead: 2.4,
  hoursPerDay: 8,
  currency: 'USD',
}

export const AuditSnapshotSchema = z.strictObject({
  snapshotVersion: z.literal(AUDIT_SNAPSHOT_VERSION),
  generatedAt: text(40),
  generatedBy: z.enum(['app', 'cli']),
  engagement: z.strictObject({
    name: text(200),
    stage: EngagementStageSchema,
    startDate: text(10).nullable(),
    endDate: text(10).nullable(),
    notes: text(20_000),
    auditor: text(200).nullable(),
  }),
  repos: z.array(SnapshotRepoSchema),
  findings: z.array(SnapshotFindingSchema),
  debtItems: z.array(SnapshotDebtItemSchema),
  checklists: z.array(SnapshotChecklistSchema),
  overall: SnapshotScoreSchema,
  comparison: z.array(SnapshotComparisonSchema.extend({ repoName: text(300) })),
  /** The executive summary as the auditor left it (generated first, editable before export). */
  executiveSummary: text(20_000),
  costAssumptions: CostAssumptionsSchema,
})
export type AuditSnapshot = z.infer<typeof AuditSnapshotSchema>
