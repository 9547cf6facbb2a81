import { z } from 'zod'
import { SeveritySchema } from '../../../shared/domain/finding'

/** An example is one string, or parts joined at load: a split token is invisible to scanners of this repository. */
const ExampleSchema = z
  .union([z.string(), z.array(z.string()).min(1)])
  .transform((example) => (Array.isArray(example) ? example.join('') : example))

export const SecretRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  title: z.string().min(1),
  description: z.string().min(1),
  severity: SeveritySchema,
  /** Lower-case words one of which a line must contain before the regex runs on it. */
  keywords: z
    .array(z.string().min(1))
    .min(1)
    .refine((keywords) => keywords.every((keyword) => keyword === keyword.toLowerCase()), 'lower-case only'),
  /** RE2 syntax; the secret is the group named `secret`, else group 1, else the whole match. */
  regex: z.string().min(1),
  /** Matched against the whole file instead of line by line (private-key blocks). */
  multiline: z.boolean().optional(),
  /** Minimum Shannon entropy of the secret, in bits per character. */
  entropy: z.number().positive().max(8).optional(),
  /** RE2 regexes: a secret matching any of them is a placeholder and dropped. */
  allowlist: z.array(z.string().min(1)).optional(),
  examples: z.strictObject({
    positive: z.array(ExampleSchema).min(1),
    negative: z.array(ExampleSchema).min(1),
  }),
})
export type SecretRule = z.infer<typeof SecretRuleSchema>

export const RulePackSchema = z.strictObject({
  version: z.literal(1),
  description: z.string(),
  /** RE2 regexes applied to every rule's secret, as each rule's own allowlist. */
  allowlist: z.array(z.string().min(1)),
  rules: z
    .array(SecretRuleSchema)
    .min(1)
    .refine(
      (rules) => new Set(rules.map((rule) => rule.id)).size === rules.length,
      'rule ids must be unique',
    ),
})
export type RulePack = z.infer<typeof RulePackSchema>
