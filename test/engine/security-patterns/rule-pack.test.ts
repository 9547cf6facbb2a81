import { describe, expect, it } from 'vitest'
import codeRules from '../../../resources/security-patterns/code-rules.json'
import { cweUrl, owaspTop10Url } from '../../../src/shared/domain/owasp-top-ten'
import {
  bundledSecurityPatternRules,
  loadRulePacks,
} from '../../../src/main/engine/security-patterns/rule-pack'

/** The CWEs OWASP lists under each Top 10 (2021) category, for the CWEs the packs use. */
const OWASP_2021_CWES: Record<string, string[]> = {
  'A01:2021': ['CWE-22', 'CWE-352', 'CWE-601', 'CWE-1275'],
  'A02:2021': ['CWE-326', 'CWE-327', 'CWE-328', 'CWE-338', 'CWE-347', 'CWE-916'],
  'A03:2021': ['CWE-78', 'CWE-79', 'CWE-89', 'CWE-94', 'CWE-95', 'CWE-116'],
  'A05:2021': ['CWE-611', 'CWE-614', 'CWE-942', 'CWE-1004'],
  'A07:2021': ['CWE-295', 'CWE-297', 'CWE-613', 'CWE-798'],
  'A08:2021': ['CWE-502'],
}

describe('the bundled security-pattern rule packs', () => {
  it('validate against the schema, once per process', () => {
    const rules = bundledSecurityPatternRules()
    expect(rules.filter((rule) => rule.target === 'code').length).toBeGreaterThanOrEqual(28)
    expect(bundledSecurityPatternRules()).toBe(rules)
  })

  it('cover every construct the security review asks for', () => {
    const ids = new Set(codeRules.rules.map((rule) => rule.id))
    for (const id of [
      'eval',
      'new-function',
      'string-timer',
      'child-process-interpolated',
      'sql-built-query',
      'tls-reject-unauthorized',
      'tls-env-disabled',
      'weak-password-hash',
      'math-random-token',
      'jwt-verify-no-algorithms',
      'jwt-none-algorithm',
      'cors-credentials-any-origin',
      'cookie-without-httponly',
      'cookie-without-secure',
      'dangerously-set-inner-html',
      'inner-html-assignment',
      'open-redirect',
      'path-traversal',
      'prototype-pollution-merge',
      'hardcoded-credential',
      'csrf-disabled',
      'debug-mode-production',
    ])
      expect(ids, id).toContain(id)
  })

  it('map each rule to the OWASP category that lists its CWE, and to pages that exist', () => {
    for (const rule of bundledSecurityPatternRules()) {
      expect(owaspTop10Url(rule.owasp), rule.id).not.toBeNull()
      expect(cweUrl(rule.cwe)).toMatch(/^https:\/\/cwe\.mitre\.org\/data\/definitions\/\d+\.html$/)
      const listedUnder = Object.entries(OWASP_2021_CWES).find(([, cwes]) => cwes.includes(rule.cwe))?.[0]
      if (listedUnder !== undefined) expect(rule.owasp, `${rule.id} (${rule.cwe})`).toBe(listedUnder)
      expect(rule.explanation.length, rule.id).toBeGreaterThan(120)
      expect(rule.fix.length, rule.id).toBeGreaterThan(60)
    }
  })

  it('refuse a pack that breaks the schema, and two packs that share a rule id', () => {
    const [first] = codeRules.rules
    expect(() =>
      loadRulePacks({ 'bad.json': { version: 1, description: '', rules: [{ ...first, cwe: '95' }] } }),
    ).toThrow(/bad\.json is invalid/)
    const pack = { version: 1, description: '', rules: [first] }
    expect(() => loadRulePacks({ 'a.json': pack, 'b.json': pack })).toThrow(/share a rule id/)
  })
})
