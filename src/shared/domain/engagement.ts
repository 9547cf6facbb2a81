import { z } from 'zod'
import { IdSchema, IsoDateSchema, IsoDateTimeSchema } from './ids'

/** The company's stage decides which checklist items apply and which thresholds are red flags. */
export const ENGAGEMENT_STAGES = ['pre-product', 'product-market-fit', 'growth'] as const
export const EngagementStageSchema = z.enum(ENGAGEMENT_STAGES)
export type EngagementStage = z.infer<typeof EngagementStageSchema>

export const STAGE_LABELS: Readonly<Record<EngagementStage, string>> = {
  'pre-product': 'Pre-product',
  'product-market-fit': 'Product–market fit',
  growth: 'Growth',
}

export const ENGAGEMENT_NAME_MAX = 200
export const ENGAGEMENT_NOTES_MAX = 20_000

const optionalDate = IsoDateSchema.nullable()

/** What the auditor types when creating or editing an engagement. */
export const EngagementDraftSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'Company name is required')
      .max(ENGAGEMENT_NAME_MAX, `Company name must be at most ${ENGAGEMENT_NAME_MAX} characters`),
    stage: EngagementStageSchema,
    startDate: optionalDate,
    endDate: optionalDate,
    notes: z.string().max(ENGAGEMENT_NOTES_MAX, `Notes must be at most ${ENGAGEMENT_NOTES_MAX} characters`),
  })
  .refine((draft) => !draft.startDate || !draft.endDate || draft.startDate <= draft.endDate, {
    message: 'The end date cannot be before the start date',
    path: ['endDate'],
  })
export type EngagementDraft = z.infer<typeof EngagementDraftSchema>

/** The audit of one company, as stored. */
export const EngagementSchema = z.object({
  id: IdSchema,
  name: z.string(),
  stage: EngagementStageSchema,
  startDate: optionalDate,
  endDate: optionalDate,
  notes: z.string(),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
})
export type Engagement = z.infer<typeof EngagementSchema>
