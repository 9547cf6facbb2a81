import { RE2JS } from 're2js'
import rulePackFile from '../../../../resources/secrets/rules.json'
import { RulePackSchema, type SecretRule } from './rule-pack-schema'

/** A rule ready to run: its regexes compiled by RE2JS, so RE2 syntax means what it means in Go. */
export interface CompiledSecretRule extends SecretRule {
  pattern: RE2JS
  /** The rule's allowlist and the pack's shared one. */
  placeholders: readonly RE2JS[]
}

function compile(source: string, where: string): RE2JS {
  try {
    return RE2JS.compile(source)
  } catch (error) {
    throw new Error(`Secret rule pack: ${where} is not valid RE2 (${String(error)})`)
  }
}

/** Validates and compiles a pack; a broken pack is a bug in Diligent, so it throws rather than warns. */
export function compileRulePack(raw: unknown): CompiledSecretRule[] {
  const parsed = RulePackSchema.safeParse(raw)
  if (!parsed.success) throw new Error(`Secret rule pack is invalid: ${parsed.error.message}`)
  const shared = parsed.data.allowlist.map((source, index) => compile(source, `allowlist[${index}]`))
  return parsed.data.rules.map((rule) => ({
    ...rule,
    pattern: compile(rule.regex, `rule ${rule.id}`),
    placeholders: [
      ...(rule.allowlist ?? []).map((source) => compile(source, `rule ${rule.id} allowlist`)),
      ...shared,
    ],
  }))
}

let bundled: CompiledSecretRule[] | null = null

/** resources/secrets/rules.json, compiled once per process. */
export function bundledSecretRules(): CompiledSecretRule[] {
  bundled ??= compileRulePack(rulePackFile)
  return bundled
}
