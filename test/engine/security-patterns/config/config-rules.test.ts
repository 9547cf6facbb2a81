import { describe, expect, it } from 'vitest'
import configRulePack from '../../../../resources/security-patterns/config-rules.json'
import { checkDockerfile } from '../../../../src/main/engine/security-patterns/config/dockerfile'
import { checkWorkflow } from '../../../../src/main/engine/security-patterns/config/workflow'
import type { PatternMatch } from '../../../../src/main/engine/security-patterns/pattern-match'
import { SecurityPatternPackSchema } from '../../../../src/main/engine/security-patterns/rule-pack-schema'
import { ruleCases } from './rule-cases'

const pack = SecurityPatternPackSchema.parse(configRulePack)

function check(target: string, text: string): PatternMatch[] {
  return target === 'dockerfile' ? checkDockerfile(text) : checkWorkflow(text)
}

describe('the configuration rule pack', () => {
  it('validates against the pack schema and holds only Dockerfile and workflow rules', () => {
    expect(SecurityPatternPackSchema.safeParse(configRulePack).success).toBe(true)
    expect(pack.rules.length).toBeGreaterThanOrEqual(8)
    expect(new Set(pack.rules.map((rule) => rule.target))).toEqual(new Set(['dockerfile', 'ci-workflow']))
  })

  it('has a positive and a negative case for every rule, and no case for a rule it lacks', () => {
    const ids = pack.rules.map((rule) => rule.id)
    for (const id of ids) {
      expect(ruleCases[id]?.positive.length ?? 0, `${id} positive cases`).toBeGreaterThan(0)
      expect(ruleCases[id]?.negative.length ?? 0, `${id} negative cases`).toBeGreaterThan(0)
    }
    expect(Object.keys(ruleCases).sort()).toEqual([...ids].sort())
  })

  it('reports only rule ids that the pack defines', () => {
    const ids = new Set(pack.rules.map((rule) => rule.id))
    for (const rule of pack.rules) {
      for (const example of [
        ...(ruleCases[rule.id]?.positive ?? []),
        ...(ruleCases[rule.id]?.negative ?? []),
      ]) {
        for (const match of check(rule.target, example.text)) expect(ids).toContain(match.ruleId)
      }
    }
  })
})

describe.each(pack.rules.map((rule) => [rule.id, rule.target] as const))('%s', (id, target) => {
  const cases = ruleCases[id] ?? { positive: [], negative: [] }

  it.each(cases.positive.map((example) => [example.name, example] as const))(
    'matches: %s',
    (_name, example) => {
      const lines = check(target, example.text)
        .filter((match) => match.ruleId === id)
        .map((match) => match.line)
      expect(lines).toEqual([example.line])
    },
  )

  it.each(cases.negative.map((example) => [example.name, example] as const))(
    'does not match: %s',
    (_name, example) => {
      expect(check(target, example.text).filter((match) => match.ruleId === id)).toEqual([])
    },
  )
})
