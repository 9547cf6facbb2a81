import { describe, expect, it } from 'vitest'
import { FindingSchema } from '../../../src/shared/domain/finding'
import { convertFixture } from './helpers'

describe('importing ESLint SARIF (@microsoft/eslint-formatter-sarif)', () => {
  const [eslint] = convertFixture('eslint.sarif')

  it('names the tool and keeps every unsuppressed result with its rule id', () => {
    expect(eslint).toMatchObject({ toolName: 'ESLint', toolVersion: '8.57.0' })
    expect(eslint?.findings.map((finding) => finding.ruleId)).toEqual([
      'sarif/eslint/no-unused-vars',
      'sarif/eslint/no-eval',
    ])
    expect(eslint?.warnings).toEqual([
      '1 result suppressed in ESLint or absent since its baseline were skipped.',
    ])
  })

  it('makes absolute file URIs under the run\u2019s root relative, decoding them', () => {
    expect(eslint?.findings.map((finding) => finding.location)).toEqual([
      { path: 'src/orders/service.js', line: 14, column: 9 },
      { path: 'src/util/legacy helpers.js', line: 3, column: 10 },
    ])
  })

  it('takes severity from the level, the title from the rule and the message as the explanation', () => {
    expect(eslint?.findings[0]).toMatchObject({
      category: 'debt',
      severity: 'medium',
      title: 'Disallow unused variables',
      explanation: "'discount' is assigned a value but never used.",
      evidence: null,
      effortMinutes: 60,
      remediation:
        "See ESLint's documentation for its rule no-unused-vars (https://eslint.org/docs/latest/rules/no-unused-vars).",
      references: [
        {
          kind: 'doc',
          id: 'ESLint no-unused-vars',
          url: 'https://eslint.org/docs/latest/rules/no-unused-vars',
        },
      ],
    })
    expect(eslint?.findings[1]).toMatchObject({ severity: 'high', title: 'Disallow the use of `eval()`' })
  })

  it('gives findings the engine\u2019s shape, with fingerprints apart from the engine\u2019s', () => {
    for (const finding of eslint?.findings ?? []) {
      expect(FindingSchema.parse(finding)).toEqual(finding)
      expect(finding.fingerprint).toMatch(/^sarif:[0-9a-f]{32}$/)
    }
  })
})

describe('importing Semgrep SARIF', () => {
  const [semgrep] = convertFixture('semgrep.sarif')
  const [sqli, csrf] = semgrep?.findings ?? []

  it('reads its security tags as CWE and OWASP references, and its rules as security findings', () => {
    expect(semgrep).toMatchObject({ toolName: 'Semgrep OSS', toolVersion: '1.52.0', warnings: [] })
    expect(sqli).toMatchObject({
      ruleId: 'sarif/semgrep-oss/javascript.lang.security.audit.sqli.node-postgres-sqli.node-postgres-sqli',
      category: 'security',
      severity: 'high',
      location: { path: 'src/db/orders.js', line: 21, column: 16 },
      references: [
        { kind: 'cwe', id: 'CWE-89', url: 'https://cwe.mitre.org/data/definitions/89.html' },
        { kind: 'owasp', id: 'A01:2017', url: null },
        { kind: 'owasp', id: 'A03:2021', url: 'https://owasp.org/Top10/A03_2021-Injection/' },
        {
          kind: 'doc',
          id: 'Semgrep OSS javascript.lang.security.audit.sqli.node-postgres-sqli.node-postgres-sqli',
          url: 'https://semgrep.dev/r/javascript.lang.security.audit.sqli.node-postgres-sqli.node-postgres-sqli',
        },
      ],
    })
    expect(csrf).toMatchObject({ severity: 'medium', category: 'security' })
  })

  it('titles a result by its message when the rule\u2019s short description only repeats the id', () => {
    expect(sqli?.title).toMatch(/^Detected string concatenation with a non-literal variable/)
    expect(sqli?.remediation).toMatch(/use parameterized queries/)
  })

  it('keeps none of the snippet Semgrep quotes from the audited file', () => {
    expect(JSON.stringify(semgrep)).not.toContain('SELECT * FROM orders')
  })

  it('fingerprints by Semgrep\u2019s own match id, so a moved line keeps its triage', () => {
    const moved = convertFixture('semgrep.sarif')[0]?.findings[0]
    expect(moved?.fingerprint).toBe(sqli?.fingerprint)
    expect(sqli?.fingerprint).not.toBe(csrf?.fingerprint)
  })
})

describe('importing CodeQL SARIF', () => {
  const [codeql] = convertFixture('codeql.sarif')
  const byRule = (id: string) => codeql?.findings.find((finding) => finding.ruleId === `sarif/codeql/${id}`)

  it('finds rules in the query pack extension by tool component and index', () => {
    expect(codeql).toMatchObject({ toolName: 'CodeQL', toolVersion: '2.15.5', warnings: [] })
    expect(codeql?.findings).toHaveLength(3)
    expect(byRule('js/sql-injection')).toMatchObject({
      title: 'Database query built from user-controlled sources',
      explanation: 'This query string depends on a [user-provided value](1).',
      location: { path: 'src/db/orders.js', line: 21, column: 35 },
    })
    expect(byRule('js/sql-injection')?.remediation).toMatch(/^# Database query built/)
  })

  it('ranks by security-severity over the level, and reads padded CWE tags', () => {
    expect(byRule('js/sql-injection')).toMatchObject({
      severity: 'high',
      category: 'security',
      effortMinutes: 120,
    })
    expect(byRule('js/hardcoded-credentials')).toMatchObject({ severity: 'critical', category: 'security' })
    expect(byRule('js/unused-local-variable')).toMatchObject({
      severity: 'low',
      category: 'debt',
      references: [],
    })
    expect(byRule('js/sql-injection')?.references.map((reference) => reference.id)).toEqual([
      'CWE-89',
      'CWE-90',
      'CWE-943',
    ])
  })
})
