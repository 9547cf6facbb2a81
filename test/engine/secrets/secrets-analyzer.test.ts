import { randomBytes } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { runAudit } from '../../../src/main/engine'
import { secretsAnalyzer } from '../../../src/main/engine/analyzers/secrets'
import { bundledSecretRules } from '../../../src/main/engine/secrets/rule-pack'
import { redact } from '../../../src/main/engine/secrets/redact'
import type { AuditResult } from '../../../src/shared/domain/audit-result'
import type { SecretsFacts } from '../../../src/shared/domain/facts/secrets-facts'
import { folderContext } from '../../helpers/analyzer-context'
import { ADA, makeGitRepo, makeTempDir, removeTempDirs } from '../../helpers/make-git-repo'
import { makeCanaries, randomToken, windowsOf } from './canary-secrets'

const KEY = randomBytes(32)
const canaries = makeCanaries()
const canary = (name: string) => canaries.find((planted) => planted.name === name)!
const fixtureAws = `AKIA${randomToken('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`
const binaryAws = `AKIA${randomToken('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`
const hugeAws = `AKIA${randomToken('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`
const envPassword = randomToken('abcdefghijklmnopqrstuvwxyz0123456789', 24)
const HUGE_BYTES = 2.5 * 1024 * 1024

let result: AuditResult
let facts: SecretsFacts

beforeAll(async () => {
  const longLine = `${'x=1;'.repeat(1500)}var k="${canary('github').secret}";${'y=2;'.repeat(1500)}\n`
  const repo = await makeGitRepo([
    {
      author: ADA,
      date: '2025-01-10T09:00:00Z',
      files: {
        'src/config.ts': canary('aws').text + canary('stripe').text + canary('password').text,
        'src/notify.yml': canary('slack').text + canary('jwt').text,
        '.npmrc': canary('npm').text,
        'deploy/id_rsa': canary('private-key').text,
        'deploy/site.pem': '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
        '.env': `DB_PASSWORD=${envPassword}\n${canary('database-url').text}`,
        '.env.example': 'DB_PASSWORD=changeme\n',
        'config/broken.json': `{"token": "${canary('github').secret}", `,
        'public/app.min.js': longLine,
        'test/fixtures/aws.ts': `export const key = '${fixtureAws}'\n`,
        'data/payload.raw': Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(`aws ${binaryAws}`)]),
        'data/huge.txt': `${'lorem ipsum\n'.repeat(Math.ceil(HUGE_BYTES / 12))}${hugeAws}\n`,
        'src/plain.ts': 'export const answer = 42\n',
      },
    },
  ])
  result = await runAudit(
    { source: repo, sourceKind: 'local' },
    { cacheDir: await makeTempDir(), redactionKey: KEY },
  )
  facts = result.facts.secrets as SecretsFacts
}, 60_000)
afterAll(removeTempDirs)

const findingsOf = (ruleId: string) => result.findings.filter((finding) => finding.ruleId === ruleId)

describe('the secrets analyzer', () => {
  it('finds an AWS key, a Stripe key and a private key, redacted, as security findings with CWE-798', () => {
    const [aws] = findingsOf('secrets/aws-access-key-id').filter((f) => f.location?.path === 'src/config.ts')
    expect(aws).toMatchObject({
      category: 'security',
      severity: 'critical',
      location: { path: 'src/config.ts', line: 1 },
      evidence: redact(canary('aws').secret, KEY),
      references: [{ kind: 'cwe', id: 'CWE-798' }],
    })
    expect(aws?.remediation).toMatch(/Rotate.*filter-repo.*pre-commit/s)
    expect(findingsOf('secrets/stripe-live-secret-key')[0]?.evidence).toBe(
      redact(canary('stripe').secret, KEY),
    )
    expect(findingsOf('secrets/private-key-rsa')[0]).toMatchObject({
      location: { path: 'deploy/id_rsa', line: 2 },
      evidence: redact(canary('private-key').secret, KEY),
    })
  })

  it('reports a committed .env and a key file on their own, but not .env.example or a certificate', () => {
    expect(findingsOf('secrets/env-file').map((finding) => finding.location?.path)).toEqual(['.env'])
    expect(findingsOf('secrets/key-file').map((finding) => finding.location?.path)).toEqual(['deploy/id_rsa'])
  })

  it('lowers the severity under test fixtures and says why, instead of staying silent', () => {
    const [fixture] = findingsOf('secrets/aws-access-key-id').filter(
      (finding) => finding.location?.path === 'test/fixtures/aws.ts',
    )
    expect(fixture?.severity).toBe('medium')
    expect(fixture?.explanation).toContain('under test/')
    expect(facts.occurrences.find((occurrence) => occurrence.path === 'test/fixtures/aws.ts')).toMatchObject({
      loweredBecause: expect.stringContaining('test/'),
      redacted: redact(fixtureAws, KEY),
    })
  })

  it('finds a secret in the middle of a very long line', () => {
    expect(
      findingsOf('secrets/github-pat').some((finding) => finding.location?.path === 'public/app.min.js'),
    ).toBe(true)
  })

  it('skips a binary and a huge file, lists them, and finds nothing in them', () => {
    expect(facts.skipped).toEqual(
      expect.arrayContaining([
        { path: 'data/payload.raw', reason: expect.stringContaining('binary') },
        { path: 'data/huge.txt', reason: expect.stringContaining('read limit') },
      ]),
    )
    const json = JSON.stringify(result)
    expect(json).not.toContain(redact(binaryAws, KEY))
    expect(json).not.toContain(redact(hugeAws, KEY))
  })

  it('counts by rule and severity, and reports metrics', () => {
    expect(facts.rules).toBeGreaterThanOrEqual(60)
    expect(facts.countsByRule['secrets/env-file']).toBe(1)
    expect(facts.countsBySeverity.critical).toBeGreaterThanOrEqual(3)
    const metric = (id: string) => result.metrics.find((candidate) => candidate.id === id)?.value
    expect(metric('secrets/findings')).toBe(facts.occurrences.length)
    expect(metric('secrets/files-scanned')).toBe(facts.filesScanned)
    expect(metric('secrets/files-skipped')).toBe(facts.skipped.length)
    expect(facts.filesRegexScanned).toBeGreaterThan(0)
    expect(facts.filesRegexScanned).toBeLessThan(facts.filesScanned)
  })
})

describe('the canary: no planted secret leaves the engine', () => {
  it('finds every planted secret, and the result holds only its redacted form', () => {
    const json = JSON.stringify(result)
    for (const planted of [...canaries, { name: 'env', secret: envPassword }]) {
      expect(json, planted.name).toContain(redact(planted.secret, KEY))
      expect(json.includes(planted.secret), planted.name).toBe(false)
      for (const window of windowsOf(planted.secret, 8))
        expect(json.includes(window), planted.name).toBe(false)
    }
  })
})

describe('the keyword pre-filter', () => {
  it('runs no regex on files without any rule keyword', async () => {
    const folder = await makeTempDir()
    await mkdir(join(folder, 'src'))
    await writeFile(join(folder, 'src/a.ts'), 'export const answer = 42\n')
    await writeFile(join(folder, 'README'), 'Nothing to see here.\n')
    const spies = bundledSecretRules().map((rule) => vi.spyOn(rule.pattern, 'matchAll'))
    try {
      const { context } = await folderContext(folder)
      const output = await secretsAnalyzer.run(context)
      expect(output.facts).toMatchObject({ filesScanned: 2, filesRegexScanned: 0, occurrences: [] })
      expect(spies.reduce((calls, spy) => calls + spy.mock.calls.length, 0)).toBe(0)
    } finally {
      for (const spy of spies) spy.mockRestore()
    }
  })
})
