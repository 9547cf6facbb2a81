import { z } from 'zod'

/** `running` runs are never shown as results; a run left `running` by a dead process becomes `interrupted`. */
export const RUN_STATUSES = ['running', 'succeeded', 'failed', 'cancelled', 'interrupted'] as const
export const RunStatusSchema = z.enum(RUN_STATUSES)
export type RunStatus = z.infer<typeof RunStatusSchema>
