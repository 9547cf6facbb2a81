import { z } from 'zod'
import { EngagementStageSchema } from '../domain/engagement'
import { SeveritySchema } from '../domain/finding'

/**
 * The shape of `resources/checklists/*.json`: checklist → sections → items. Checklists are data, checked
 * by this schema when the app loads them and in a test, so a broken file names the exact field.
 */

/** Stable forever: answers are stored against it. Dotted, lower-case: `security.auth.mfa-for-admins`. */
export const ItemIdSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9-]+)+$/,
    'an item id is dotted lower-case words, e.g. security.auth.mfa',
  )

export const REFERENCE_FRAMEWORKS = [
  'OWASP ASVS',
  'OWASP Top 10',
  'OWASP SAMM',
  'SOC 2',
  'ISO 27001',
  'GDPR',
  'HIPAA',
  'PCI DSS',
  'AWS Well-Architected',
  'DORA',
  'NIST SSDF',
  'CIS Controls',
  'SLSA',
  'OpenSSF Scorecard',
  'Twelve-Factor App',
  'CWE',
] as const
export const ReferenceSchema = z.strictObject({
  framework: z.enum(REFERENCE_FRAMEWORKS),
  /** The framework's own identifier: `V2.8.1`, `CC6.1`, `Art. 32`, `REL 9`. */
  id: z.string().min(1).max(40),
})

/** What a matching rule proposes; only the auditor says "not applicable" or "unknown". */
export const SUGGESTED_STATUSES = ['yes', 'partly', 'no'] as const
export const SuggestedStatusSchema = z.enum(SUGGESTED_STATUSES)
export const CONFIDENCES = ['low', 'medium', 'high'] as const
export const ConfidenceSchema = z.enum(CONFIDENCES)

const MetricIdSchema = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'a metric id is <analyzer>/<metric>')
/** An exact rule id (`git-history/truck-factor-one`) or every rule of an analyzer (`secrets/*`). */
const RuleIdPatternSchema = z
  .string()
  .regex(
    /^[a-z0-9-]+\/(?:\*|[a-z0-9-]+)$/,
    'a rule id is <analyzer>/<rule>, or <analyzer>/* for all its rules',
  )

export const METRIC_OPERATORS = ['<', '<=', '>', '>=', '==', '!='] as const
const metricCondition = {
  metricId: MetricIdSchema,
  op: z.enum(METRIC_OPERATORS),
  value: z.number(),
}
export const MetricConditionSchema = z.strictObject(metricCondition)
export type MetricCondition = z.infer<typeof MetricConditionSchema>

const ruleOutcome = {
  suggests: SuggestedStatusSchema,
  confidence: ConfidenceSchema,
  /** Shown beside the evidence: why this evidence points to this answer. */
  reason: z.string().min(10).max(300),
  /**
   * A measure the repository must meet for the rule to speak at all, e.g. that some code was measured:
   * "no complex function" says nothing about a repository whose language the analyzer does not read.
   */
  onlyIf: MetricConditionSchema.optional(),
}

export const MetricRuleSchema = z.strictObject({
  source: z.literal('metric'),
  ...metricCondition,
  ...ruleOutcome,
})

export const FindingRuleSchema = z.strictObject({
  source: z.literal('finding'),
  ruleIds: z.array(RuleIdPatternSchema).min(1),
  /** `present`: fires when a matching finding exists; `absent`: when its analyzer ran and found none. */
  when: z.enum(['present', 'absent']),
  /** Only findings at least this severe count (for `present`). */
  minSeverity: SeveritySchema.optional(),
  ...ruleOutcome,
})

export const EvidenceRuleSchema = z.discriminatedUnion('source', [MetricRuleSchema, FindingRuleSchema])
export type EvidenceRule = z.infer<typeof EvidenceRuleSchema>

export const ChecklistItemSchema = z.strictObject({
  id: ItemIdSchema,
  question: z.string().min(10).max(300),
  /** One or two sentences: why an investor or incoming CTO cares. */
  why: z.string().min(20).max(600),
  /** What to look at, whom to ask, what good looks like. */
  howToCheck: z.string().min(20).max(1_000),
  weight: z.number().int().min(1).max(5),
  /** How bad a "no" is. */
  severity: SeveritySchema.exclude(['info']),
  stages: z.array(EngagementStageSchema).min(1),
  references: z.array(ReferenceSchema),
  evidence: z.array(EvidenceRuleSchema).default([]),
})
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>

export const ChecklistSectionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(3).max(120),
  items: z.array(ChecklistItemSchema).min(1),
})
export type ChecklistSection = z.infer<typeof ChecklistSectionSchema>

export const ChecklistSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Bumped when items change meaning; answers keep the item id, so wording fixes need no bump. */
    version: z.number().int().positive(),
    title: z.string().min(3).max(120),
    description: z.string().min(20).max(600),
    sections: z.array(ChecklistSectionSchema).min(1),
  })
  .superRefine((checklist, context) => {
    const seen = new Set<string>()
    checklist.sections.forEach((section, sectionIndex) =>
      section.items.forEach((item, itemIndex) => {
        if (!item.id.startsWith(`${checklist.id}.`))
          context.addIssue({
            code: 'custom',
            path: ['sections', sectionIndex, 'items', itemIndex, 'id'],
            message: `item ids start with the checklist id: "${checklist.id}."`,
          })
        if (seen.has(item.id))
          context.addIssue({
            code: 'custom',
            path: ['sections', sectionIndex, 'items', itemIndex, 'id'],
            message: `duplicate item id "${item.id}"`,
          })
        seen.add(item.id)
      }),
    )
  })
export type Checklist = z.infer<typeof ChecklistSchema>
