import { z } from 'zod'
import { ENGAGEMENT_STAGES, type EngagementStage } from '../domain/engagement'
import { SeveritySchema } from '../domain/finding'

/** One stage's bar: `resources/scoring/stages.json`, documented in the README. */
export const StageRulesSchema = z
  .strictObject({
    green: z.number().min(0).max(1),
    amber: z.number().min(0).max(1),
    minCoverage: z.number().min(0).max(1),
    redFlags: z.strictObject({ no: z.array(SeveritySchema), partly: z.array(SeveritySchema) }),
  })
  .refine((rules) => rules.amber <= rules.green, { message: 'amber must not be above green' })
export type StageRules = z.infer<typeof StageRulesSchema>

export const StageRulesFileSchema = z.strictObject({
  about: z.string(),
  stages: z.strictObject(
    Object.fromEntries(ENGAGEMENT_STAGES.map((stage) => [stage, StageRulesSchema])) as Record<
      EngagementStage,
      typeof StageRulesSchema
    >,
  ),
})
export type StageRulesFile = z.infer<typeof StageRulesFileSchema>
