import codeRulesFile from '../../../../resources/security-patterns/code-rules.json'
import configRulesFile from '../../../../resources/security-patterns/config-rules.json'
import { SecurityPatternPackSchema, type SecurityPatternRule } from './rule-pack-schema'

/** Validates packs and joins them; a broken pack is a bug in Diligent, so it throws rather than warns. */
export function loadRulePacks(packs: Readonly<Record<string, unknown>>): SecurityPatternRule[] {
  const rules: SecurityPatternRule[] = []
  for (const [name, raw] of Object.entries(packs)) {
    const parsed = SecurityPatternPackSchema.safeParse(raw)
    if (!parsed.success)
      throw new Error(`Security-pattern rule pack ${name} is invalid: ${parsed.error.message}`)
    rules.push(...parsed.data.rules)
  }
  const ids = new Set(rules.map((rule) => rule.id))
  if (ids.size !== rules.length) throw new Error('Security-pattern rule packs share a rule id')
  return rules
}

let bundled: SecurityPatternRule[] | null = null

/** resources/security-patterns/*.json, validated once per process. */
export function bundledSecurityPatternRules(): SecurityPatternRule[] {
  bundled ??= loadRulePacks({ 'code-rules.json': codeRulesFile, 'config-rules.json': configRulesFile })
  return bundled
}
