import { z } from 'zod'
import { AuditResultSchema } from './domain/audit-result-schema'

export const JobIdSchema = z.uuid()
export type JobId = z.infer<typeof JobIdSchema>

export const JOB_OUTCOMES = ['succeeded', 'failed', 'cancelled'] as const

/** Sent at most about ten times a second per job. */
export const JobProgressSchema = z.strictObject({
  jobId: JobIdSchema,
  phase: z.enum(['clone', 'scan', 'analyze']),
  analyzerId: z.string().max(64).nullable(),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative().nullable(),
  message: z.string().max(500),
})
export type JobProgress = z.infer<typeof JobProgressSchema>

/** The end of a job: exactly one per job. A succeeded audit carries its result. */
export const JobFinishedSchema = z.strictObject({
  jobId: JobIdSchema,
  status: z.enum(JOB_OUTCOMES),
  error: z.string().max(2_000).nullable(),
  result: AuditResultSchema.nullable(),
})
export type JobFinished = z.infer<typeof JobFinishedSchema>
