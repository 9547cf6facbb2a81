import { z } from 'zod'

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const
export const SeveritySchema = z.enum(SEVERITIES)
export type Severity = z.infer<typeof SeveritySchema>

export const FINDING_CATEGORIES = [
  'security',
  'debt',
  'scalability',
  'reliability',
  'licence',
  'dependency',
  'process',
] as const
export const FindingCategorySchema = z.enum(FINDING_CATEGORIES)
export type FindingCategory = z.infer<typeof FindingCategorySchema>

export const FindingLocationSchema = z.object({
  path: z.string(),
  line: z.number().int().positive().nullable(),
  column: z.number().int().positive().nullable(),
})

export const FindingReferenceSchema = z.object({
  kind: z.enum(['cwe', 'owasp', 'doc']),
  id: z.string(),
  url: z.string().nullable(),
})

/**
 * One observed problem, as the engine reports it: plain data, safe to clone across processes.
 * `fingerprint` is stable across re-runs (rule + path + normalised snippet) so triage survives.
 * `evidence` is already redacted by the engine.
 */
export const FindingSchema = z.object({
  fingerprint: z.string().min(1),
  ruleId: z.string().min(1),
  category: FindingCategorySchema,
  severity: SeveritySchema,
  title: z.string(),
  explanation: z.string(),
  location: FindingLocationSchema.nullable(),
  evidence: z.string().nullable(),
  effortMinutes: z.number().nonnegative(),
  remediation: z.string(),
  references: z.array(FindingReferenceSchema),
})
export type Finding = z.infer<typeof FindingSchema>
