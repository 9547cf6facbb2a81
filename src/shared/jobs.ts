import { z } from 'zod'

export const JobIdSchema = z.uuid()
export type JobId = z.infer<typeof JobIdSchema>

export const JOB_OUTCOMES = ['succeeded', 'failed', 'cancelled'] as const

/** Sent at most about ten times a second per job. */
export const JobProgressSchema = z.strictObject({
  jobId: JobIdSchema,
  phase: z.string().max(64),
  analyzerId: z.string().max(64).nullable(),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative().nullable(),
  message: z.string().max(500),
})
export type JobProgress = z.infer<typeof JobProgressSchema>

export const JobFinishedSchema = z.strictObject({
  jobId: JobIdSchema,
  status: z.enum(JOB_OUTCOMES),
  error: z.string().max(2_000).nullable(),
})
export type JobFinished = z.infer<typeof JobFinishedSchema>
