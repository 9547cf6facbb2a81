import { z } from 'zod'
import { AUDIT_RESULT_SCHEMA_VERSION, METRIC_UNITS, type AuditResult } from './audit-result'
import { FindingSchema } from './finding'

/**
 * Checks the envelope of an AuditResult where it crosses into the renderer. The facts are the
 * engine's own plain data and are passed through as they are.
 */
export const AuditResultSchema: z.ZodType<AuditResult> = z.looseObject({
  schemaVersion: z.literal(AUDIT_RESULT_SCHEMA_VERSION),
  engineVersion: z.string(),
  repo: z.object({
    source: z.string(),
    sourceKind: z.enum(['url', 'local']),
    commitSha: z.string().nullable(),
    branch: z.string().nullable(),
  }),
  startedAt: z.string(),
  finishedAt: z.string(),
  metrics: z.array(
    z.object({ id: z.string(), label: z.string(), value: z.number(), unit: z.enum(METRIC_UNITS) }),
  ),
  findings: z.array(FindingSchema),
  facts: z.looseObject({}),
  warnings: z.array(
    z.object({ analyzerId: z.string().nullable(), message: z.string(), path: z.string().nullable() }),
  ),
  analyzers: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      status: z.enum(['succeeded', 'failed']),
      durationMs: z.number(),
      error: z.string().nullable(),
    }),
  ),
}) as unknown as z.ZodType<AuditResult>
