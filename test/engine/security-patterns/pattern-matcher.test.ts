import { afterEach, describe, expect, it, vi } from 'vitest'
import { MAX_MATCHES_PER_FILE } from '../../../src/main/engine/security-patterns/pattern-matcher'
import { codeExecution } from '../../../src/main/engine/security-patterns/code-execution'
import { RULE_FAMILIES } from '../../../src/main/engine/security-patterns/rule-families'
import { matchCode } from './match-code'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('createPatternMatcher', () => {
  it('never consults a rule family for a file without any trigger word', () => {
    const spies = RULE_FAMILIES.map((family) => vi.spyOn(family, 'check'))
    const code =
      'export function add(a: number, b: number): number {\n  const total = a + b\n  return total\n}\n'
    expect(matchCode(code, 'src/add.ts')).toEqual([])
    for (const spy of spies) expect(spy).not.toHaveBeenCalled()
  })

  it('consults only the families whose trigger words the file holds', () => {
    const spies = RULE_FAMILIES.map((family) => vi.spyOn(family, 'check'))
    const code = 'export const evaluate = (source: string) => eval(source)\n'
    matchCode(code, 'src/evaluate.ts')
    const consulted = RULE_FAMILIES.filter((_, index) => (spies[index]?.mock.calls.length ?? 0) > 0)
    const triggered = RULE_FAMILIES.filter((family) => family.trigger.test(code))
    expect(consulted).toContain(codeExecution)
    expect(consulted.every((family) => triggered.includes(family))).toBe(true)
    expect(triggered.length).toBeLessThan(RULE_FAMILIES.length)
  })

  it('reads a query built from 20,000 concatenated parts without running out of stack', () => {
    const code = `db.query('SELECT * FROM t WHERE a IN (' ${" + ', ' + id".repeat(20_000)} + ')')\n`
    expect(matchCode(code, 'src/huge.ts')).toEqual([
      { ruleId: 'sql-built-query', line: 1, column: 1, snippet: 'query(SQL string concatenation)' },
    ])
  })

  it('keeps at most the per-file cap of matches', () => {
    const code = 'eval(x)\n'.repeat(MAX_MATCHES_PER_FILE + 50)
    expect(matchCode(code, 'dist/app.ts')).toHaveLength(MAX_MATCHES_PER_FILE)
  })
})
