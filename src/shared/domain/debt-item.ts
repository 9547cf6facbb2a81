import { z } from 'zod'

export const DEBT_STATUSES = ['open', 'accepted', 'planned', 'wont-fix', 'false-positive'] as const
export const DebtStatusSchema = z.enum(DEBT_STATUSES)
export type DebtStatus = z.infer<typeof DebtStatusSchema>
