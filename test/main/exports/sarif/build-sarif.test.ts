import { describe, expect, it } from 'vitest'
import { buildSarifExport, buildSarifLog } from '../../../../src/main/exports/sarif/build-sarif'
import { cweTag, ruleName } from '../../../../src/main/exports/sarif/rule-descriptors'
import type { SarifLog } from '../../../../src/main/exports/sarif/sarif-log'
import { pathToUri } from '../../../../src/main/exports/sarif/sarif-result'
import { httpsRepositoryUri } from '../../../../src/main/exports/sarif/repository-uri'
import { finding, repo, SHA, snapshotWith } from './fixtures'
import { draft04OnlyKeywords, readSarifSchema, sarifSchemaErrors } from './sarif-validator'

const XSS = finding({
  fingerprint: 'fp-xss',
  ruleId: 'security/xss-inner-html',
  category: 'security',
  severity: 'high',
  title: 'User input reaches innerHTML',
  explanation: 'Attacker-controlled HTML runs script in the page.',
  remediation: 'Use textContent, or sanitise with DOMPurify.',
  location: { path: 'src/view.ts', line: 42, column: 7 },
  references: [
    { kind: 'cwe', id: 'CWE-79', url: 'https://cwe.mitre.org/data/definitions/79.html' },
    { kind: 'owasp', id: 'A03:2021', url: 'https://owasp.org/Top10/A03_2021-Injection/' },
  ],
})
const COMPLEX = finding({ fingerprint: 'fp-complex', ruleId: 'complexity/cyclomatic', severity: 'low' })
const COMPLEX_TOO = finding({
  fingerprint: 'fp-complex-2',
  ruleId: 'complexity/cyclomatic',
  severity: 'critical',
  location: null,
})

async function exported(snapshot: Parameters<typeof buildSarifExport>[0]): Promise<SarifLog> {
  const text = Buffer.from(await buildSarifExport(snapshot)).toString('utf8')
  expect(text.endsWith('\n')).toBe(true)
  return JSON.parse(text) as SarifLog
}

describe('the SARIF schema validator', () => {
  it('reads the official errata schema, which uses no keyword draft-07 reads differently', () => {
    const schema = readSarifSchema()
    expect(schema['id']).toBe(
      'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    )
    expect(draft04OnlyKeywords(schema)).toEqual([])
    expect(draft04OnlyKeywords({ properties: { id: { minimum: 0, exclusiveMinimum: true } } })).toEqual([
      '/properties/id/exclusiveMinimum',
    ])
  })

  it('accepts a minimal log and rejects a wrong version, a result without a message and a bad level', () => {
    expect(sarifSchemaErrors({ version: '2.1.0', runs: [] })).toEqual([])
    expect(sarifSchemaErrors({ version: '2.0.0', runs: [] })).not.toEqual([])
    const run = (result: object) => ({
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'x' } }, results: [result] }],
    })
    expect(sarifSchemaErrors(run({ message: { text: 'm' } }))).toEqual([])
    expect(sarifSchemaErrors(run({ ruleId: 'r' }))).not.toEqual([])
    expect(sarifSchemaErrors(run({ message: { text: 'm' }, level: 'fatal' }))).not.toEqual([])
  })
})

describe('buildSarifLog', () => {
  const owner = repo()
  const snapshot = snapshotWith([
    { repo: owner, finding: XSS, status: 'false-positive' },
    { repo: owner, finding: COMPLEX },
    { repo: owner, finding: COMPLEX_TOO, status: 'wont-fix' },
  ])

  it('writes a log the official SARIF 2.1.0 schema accepts, before and after a round trip', async () => {
    expect(sarifSchemaErrors(buildSarifLog(snapshot))).toEqual([])
    expect(sarifSchemaErrors(await exported(snapshot))).toEqual([])
  })

  it('describes the tool and one reporting descriptor per rule, with CodeQL-style tags', () => {
    const [run] = buildSarifLog(snapshot, '9.9.9').runs
    expect(run?.tool.driver).toMatchObject({ name: 'Diligent', semanticVersion: '9.9.9' })
    expect(run?.tool.driver.rules.map((rule) => rule.id)).toEqual([
      'security/xss-inner-html',
      'complexity/cyclomatic',
    ])
    expect(run?.tool.driver.rules[0]).toEqual({
      id: 'security/xss-inner-html',
      name: 'SecurityXssInnerHtml',
      shortDescription: { text: 'User input reaches innerHTML' },
      fullDescription: { text: 'Attacker-controlled HTML runs script in the page.' },
      help: { text: 'Use textContent, or sanitise with DOMPurify.' },
      helpUri: 'https://cwe.mitre.org/data/definitions/79.html',
      defaultConfiguration: { level: 'error' },
      properties: {
        tags: ['security', 'external/cwe/cwe-079', 'external/owasp/A03:2021'],
        severity: 'high',
        category: 'security',
        'security-severity': '8.0',
      },
    })
    // The rule takes its worst finding's severity; debt has no security-severity.
    expect(run?.tool.driver.rules[1]).toMatchObject({
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['debt'], severity: 'critical' },
    })
    expect(run?.tool.driver.rules[1]?.properties).not.toHaveProperty('security-severity')
  })

  it('maps each finding to a result with its rule index, level, location and fingerprint', () => {
    const results = buildSarifLog(snapshot).runs[0]?.results ?? []
    expect(results.map((result) => [result.ruleIndex, result.level])).toEqual([
      [0, 'error'],
      [1, 'note'],
      [1, 'error'],
    ])
    expect(results[0]).toMatchObject({
      ruleId: 'security/xss-inner-html',
      message: { text: 'User input reaches innerHTML' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'src/view.ts', uriBaseId: 'SRCROOT' },
            region: { startLine: 42, startColumn: 7 },
          },
        },
      ],
      partialFingerprints: { 'diligentFingerprint/v1': 'fp-xss' },
      properties: { severity: 'high', category: 'security', effortMinutes: 30, priority: 2.5 },
    })
    expect(results[2]?.locations).toEqual([])
  })

  it('marks findings triaged as false positive or won\u2019t fix as suppressed, without the auditor\u2019s notes', () => {
    const results = buildSarifLog(snapshot).runs[0]?.results ?? []
    expect(results[0]?.suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: 'false-positive' },
    ])
    expect(results[1]).not.toHaveProperty('suppressions')
    expect(results[2]?.suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: 'wont-fix' },
    ])
    expect(JSON.stringify(buildSarifLog(snapshot))).not.toContain('CONFIDENTIAL-NOTE')
  })

  it('gives the repository and commit for an https source only, without any credentials', () => {
    const withToken = repo({ source: 'https://x-access-token:ghp_secret@github.com/acme/shop.git?a=1#b' })
    const [run] = buildSarifLog(snapshotWith([{ repo: withToken, finding: COMPLEX }])).runs
    expect(run?.versionControlProvenance).toEqual([
      { repositoryUri: 'https://github.com/acme/shop.git', revisionId: SHA, branch: 'main' },
    ])
    expect(JSON.stringify(run)).not.toContain('ghp_secret')
    for (const source of [
      '/home/ada/shop',
      'git@github.com:acme/shop.git',
      'ssh://git@host/shop',
      'http://x/y',
    ]) {
      const [local] = buildSarifLog(snapshotWith([{ repo: repo({ source }), finding: COMPLEX }])).runs
      expect(local, source).not.toHaveProperty('versionControlProvenance')
    }
    expect(run?.automationDetails.id).toBe('diligent/acme-shop/')
  })

  it('writes one run per repository, each with only its findings, and a run for a repository without any', () => {
    const other = repo({ id: 'repo-2', name: 'acme/api', source: '/work/api', commitSha: null, branch: null })
    const quiet = repo({ id: 'repo-3', name: 'acme/docs' })
    const log = buildSarifLog(
      snapshotWith(
        [
          { repo: owner, finding: XSS },
          { repo: other, finding: COMPLEX },
        ],
        [owner, other, quiet],
      ),
    )
    expect(log.runs.map((run) => run.results.map((result) => result.partialFingerprints))).toEqual([
      [{ 'diligentFingerprint/v1': 'fp-xss' }],
      [{ 'diligentFingerprint/v1': 'fp-complex' }],
      [],
    ])
    expect(log.runs[2]?.tool.driver.rules).toEqual([])
    expect(sarifSchemaErrors(log)).toEqual([])
  })

  it('writes a valid, empty log for an engagement without repositories', async () => {
    const log = await exported(snapshotWith([], []))
    expect(log).toEqual({
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [],
    })
    expect(sarifSchemaErrors(log)).toEqual([])
  })
})

describe('hostile text from audited repositories', () => {
  const HOSTILE = '"},{"ruleId":"injected"}]}\n\u2028</script>\ud800=HYPERLINK("http://evil")'

  it('stays data: the log parses back to the same strings and still validates', async () => {
    const hostile = finding({
      fingerprint: HOSTILE,
      ruleId: `rule/${HOSTILE}`,
      title: HOSTILE.repeat(1_000),
      explanation: HOSTILE,
      remediation: '',
      location: { path: 'src/we ird #1%/../=cmd|calc.ts', line: 1, column: null },
    })
    const log = await exported(snapshotWith([{ repo: repo({ name: HOSTILE }), finding: hostile }]))
    expect(sarifSchemaErrors(log)).toEqual([])
    const [run] = log.runs
    expect(run?.results).toHaveLength(1)
    expect(run?.results[0]?.message.text).toBe(hostile.title)
    expect(run?.results[0]?.partialFingerprints['diligentFingerprint/v1']).toContain('"ruleId":"injected"')
    expect(run?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe(
      'src/we%20ird%20%231%25/../%3Dcmd%7Ccalc.ts',
    )
    expect(run?.tool.driver.rules[0]?.help.text).toBe(HOSTILE)
  })
})

describe('helpers', () => {
  it('percent-encodes path segments and drops empty and "." ones', () => {
    expect(pathToUri('./src//a b.ts')).toBe('src/a%20b.ts')
    expect(pathToUri('C:\\repo\\x.ts')).toBe('C%3A/repo/x.ts')
    expect(pathToUri('')).toBe('')
  })

  it('pads CWE numbers as CodeQL does and refuses anything else', () => {
    expect(cweTag('CWE-79')).toBe('external/cwe/cwe-079')
    expect(cweTag('cwe-1321')).toBe('external/cwe/cwe-1321')
    expect(cweTag('NVD-CWE-Other')).toBeNull()
  })

  it('names rules as identifiers and keeps only https repository URIs', () => {
    expect(ruleName('secrets/aws-access-key')).toBe('SecretsAwsAccessKey')
    expect(ruleName('///')).toBe('Rule')
    expect(httpsRepositoryUri('not a url')).toBeNull()
    expect(httpsRepositoryUri(' https://user@host.example/r ')).toBe('https://host.example/r')
  })
})
