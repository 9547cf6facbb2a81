import { describe, expect, it } from 'vitest'
import rulePackFile from '../../../resources/secrets/rules.json'
import { bundledSecretRules, compileRulePack } from '../../../src/main/engine/secrets/rule-pack'
import { RulePackSchema } from '../../../src/main/engine/secrets/rule-pack-schema'
import { candidateRules, findSecrets } from '../../../src/main/engine/secrets/scan-text'

const rules = bundledSecretRules()
const examples = RulePackSchema.parse(rulePackFile).rules

/** How many secrets one rule finds in `text`, pre-filter included, as the engine runs it. */
const firingRules = (text: string, ruleId: string): number =>
  findSecrets(
    text,
    candidateRules(
      text.toLowerCase(),
      rules.filter((rule) => rule.id === ruleId),
    ),
  ).length

describe('the bundled secret rule pack', () => {
  it('has at least 60 rules with unique ids, each with positive and negative examples', () => {
    expect(rules.length).toBeGreaterThanOrEqual(60)
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length)
  })

  it('covers the credential types the issue names', () => {
    const ids = rules.map((rule) => rule.id)
    for (const id of [
      'aws-access-key-id',
      'aws-secret-access-key',
      'gcp-service-account-key',
      'gcp-api-key',
      'azure-storage-account-key',
      'azure-client-secret',
      'github-pat',
      'github-fine-grained-pat',
      'gitlab-pat',
      'stripe-live-secret-key',
      'slack-bot-token',
      'slack-webhook-url',
      'twilio-api-key',
      'sendgrid-api-key',
      'mailgun-private-api-key',
      'private-key-rsa',
      'private-key-ec',
      'private-key-openssh',
      'private-key-pgp',
      'private-key-pkcs8',
      'jwt',
      'database-url-password',
      'npm-access-token',
      'openai-api-key',
      'anthropic-api-key',
      'generic-secret-assignment',
    ])
      expect(ids).toContain(id)
  })

  describe.each(examples.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
    it.each(rule.examples.positive)('finds its positive example %#', (example) => {
      expect(firingRules(example, id), example).toBeGreaterThan(0)
    })
    it.each(rule.examples.negative)('ignores its negative example %#', (example) => {
      expect(firingRules(example, id), example).toBe(0)
    })
  })

  it('throws at load on a broken pack: bad RE2, duplicate ids, upper-case keywords', () => {
    const pack = structuredClone(rulePackFile) as { rules: Record<string, unknown>[] }
    const broken = (change: (rules: Record<string, unknown>[]) => void): unknown => {
      const copy = structuredClone(pack)
      change(copy.rules)
      return copy
    }
    expect(() => compileRulePack(broken((all) => (all[0]!['regex'] = '(?<=x)abc')))).toThrow(/not valid RE2/)
    expect(() => compileRulePack(broken((all) => all.push(all[0]!)))).toThrow(/unique/)
    expect(() => compileRulePack(broken((all) => (all[0]!['keywords'] = ['AKIA'])))).toThrow(/lower-case/)
  })
})
