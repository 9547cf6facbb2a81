import { describe, expect, it } from 'vitest'
import { patternGroups } from '../../../src/renderer/src/features/security/pattern-groups'
import { patternFixes, patternRows } from '../../../src/renderer/src/features/security/pattern-rows'
import { PATTERN_FIXES, patternOccurrence, securityPatternFacts } from './pattern-fixtures'

const fixes = new Map(Object.entries(PATTERN_FIXES))

describe('patternRows', () => {
  it('names each occurrence by its rule, with CWE, OWASP category and fix, most severe first', () => {
    const rows = patternRows(securityPatternFacts(), fixes)
    expect(rows.map((row) => [row.severity, row.location])).toEqual([
      ['critical', 'src/jobs/backup.ts:7'],
      ['high', 'src/rules/engine.ts:42'],
      ['medium', 'Dockerfile'],
      ['low', 'test/helpers/client.ts:3'],
    ])
    expect(rows[0]).toMatchObject({
      ruleId: 'security-patterns/shell-command-from-template',
      ruleTitle: 'Shell command built from a template',
      snippet: 'exec(template with ${…})',
      fix: 'Use execFile with an argument array, never a shell string.',
      cwe: 'CWE-78',
      owasp: 'A03:2021',
      loweredBecause: null,
    })
    expect(rows[3]?.loweredBecause).toBe('it is in a test path')
  })

  it('shows the bare id and no category for a rule the facts do not describe, and no fix when no finding says it', () => {
    const facts = securityPatternFacts({
      occurrences: [patternOccurrence({ ruleId: 'security-patterns/new-rule' })],
    })
    expect(patternRows(facts, new Map())[0]).toMatchObject({
      ruleTitle: 'new-rule',
      cwe: null,
      owasp: null,
      fix: null,
    })
  })
})

describe('patternFixes', () => {
  it('takes each rule’s fix from its findings’ remediation, ignoring other analyzers and empty text', () => {
    const found = patternFixes([
      { ruleId: 'security-patterns/eval', remediation: 'Parse it.' },
      { ruleId: 'security-patterns/eval', remediation: 'Parse it.' },
      { ruleId: 'security-patterns/empty', remediation: '' },
      { ruleId: 'secrets/aws-access-key-id', remediation: 'Rotate it.' },
    ])
    expect([...found.entries()]).toEqual([['security-patterns/eval', 'Parse it.']])
  })
})

describe('patternGroups', () => {
  const rows = patternRows(securityPatternFacts(), fixes)

  it('groups by OWASP category with its name, the most severe group first, with severity counts', () => {
    const groups = patternGroups(rows, 'owasp')
    expect(groups.map((group) => [group.label, group.rows.length])).toEqual([
      ['A03:2021 Injection', 2],
      ['A05:2021 Security Misconfiguration', 1],
      ['A02:2021 Cryptographic Failures', 1],
    ])
    expect(groups[0]?.severities).toEqual([
      { severity: 'critical', count: 1 },
      { severity: 'high', count: 1 },
    ])
    expect(groups[0]?.ruleTitles).toEqual([
      'Code built from a string and run',
      'Shell command built from a template',
    ])
  })

  it('groups by CWE, and puts occurrences of rules without a category under "Not mapped"', () => {
    const withUnknown = [
      ...rows,
      ...patternRows(
        securityPatternFacts({
          occurrences: [patternOccurrence({ ruleId: 'security-patterns/new-rule', severity: 'info' })],
        }),
        fixes,
      ),
    ]
    expect(patternGroups(withUnknown, 'cwe').map((group) => group.label)).toEqual([
      'CWE-78',
      'CWE-95',
      'CWE-250',
      'CWE-295',
      'Not mapped',
    ])
    expect(patternGroups(withUnknown, 'owasp').at(-1)?.label).toBe('Not mapped')
  })

  it('gives no group when nothing was found', () => {
    expect(patternGroups([], 'owasp')).toEqual([])
  })
})
