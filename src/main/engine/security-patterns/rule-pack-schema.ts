import { z } from 'zod'
import { SeveritySchema } from '../../../shared/domain/finding'

/**
 * One insecure-pattern rule as data: what it means and how to fix it. How it matches lives in code
 * (a syntax-tree matcher, or a Dockerfile or workflow check) under the same id.
 */
export const SecurityPatternRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  title: z.string().min(1),
  target: z.enum(['code', 'dockerfile', 'ci-workflow']),
  cwe: z.string().regex(/^CWE-\d+$/),
  /** OWASP Top 10 2021 category id. */
  owasp: z.string().regex(/^A(?:0[1-9]|10):2021$/),
  severity: SeveritySchema,
  /** Why the construct is a risk, for the auditor and the company's engineers. */
  explanation: z.string().min(1),
  /** What to do instead. */
  fix: z.string().min(1),
  effortMinutes: z.number().int().positive(),
  /** https links to the CWE entry or a vendor's guidance. */
  docs: z.array(z.string().startsWith('https://')).optional(),
})
export type SecurityPatternRule = z.infer<typeof SecurityPatternRuleSchema>

export const SecurityPatternPackSchema = z.strictObject({
  version: z.literal(1),
  description: z.string(),
  rules: z
    .array(SecurityPatternRuleSchema)
    .min(1)
    .refine(
      (rules) => new Set(rules.map((rule) => rule.id)).size === rules.length,
      'rule ids must be unique',
    ),
})
export type SecurityPatternPack = z.infer<typeof SecurityPatternPackSchema>
