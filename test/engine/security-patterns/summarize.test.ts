import { describe, expect, it } from 'vitest'
import { bundledSecurityPatternRules } from '../../../src/main/engine/security-patterns/rule-pack'
import { MAX_OCCURRENCES, summarizePatterns } from '../../../src/main/engine/security-patterns/summarize'

const rules = bundledSecurityPatternRules()
const checked = { code: 2, dockerfile: 0, 'ci-workflow': 0 }
const match = (ruleId: string, line: number) => ({ ruleId, line, column: 1, snippet: ruleId })

describe('summarizePatterns', () => {
  it('counts every match but keeps only the most severe past the cap, and says so', () => {
    const many = Array.from({ length: MAX_OCCURRENCES }, (_, index) =>
      match('weak-hash-algorithm', index + 1),
    )
    const facts = summarizePatterns(
      rules,
      [
        { path: 'src/hash.ts', matches: many },
        { path: 'src/auth.ts', matches: [match('jwt-none-algorithm', 3)] },
      ],
      checked,
    )
    expect(facts.occurrences).toHaveLength(MAX_OCCURRENCES)
    expect(facts.occurrences[0]).toMatchObject({
      ruleId: 'security-patterns/jwt-none-algorithm',
      severity: 'critical',
    })
    expect(facts.countsBySeverity).toMatchObject({ critical: 1, low: MAX_OCCURRENCES })
    expect(facts.countsByCwe).toEqual({ 'CWE-328': MAX_OCCURRENCES, 'CWE-347': 1 })
    expect(facts.truncatedBecause).toBe('5,001 occurrences found; only the 5,000 most severe are kept')
  })

  it('refuses a match whose rule is in no pack: a matcher and the pack out of step is a bug', () => {
    expect(() =>
      summarizePatterns(rules, [{ path: 'a.ts', matches: [match('no-such-rule', 1)] }], checked),
    ).toThrow(/no-such-rule/)
  })
})
