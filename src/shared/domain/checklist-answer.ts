import { z } from 'zod'

export const ANSWER_STATUSES = ['yes', 'partly', 'no', 'not-applicable', 'unknown'] as const
export const AnswerStatusSchema = z.enum(ANSWER_STATUSES)
export type AnswerStatus = z.infer<typeof AnswerStatusSchema>
