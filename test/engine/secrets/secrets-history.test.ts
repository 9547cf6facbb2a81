import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAudit } from '../../../src/main/engine'
import { secretsAnalyzer } from '../../../src/main/engine/analyzers/secrets'
import { createGitReader } from '../../../src/main/engine/git/git-command'
import { prepareGitEnvironment } from '../../../src/main/engine/git/git-environment'
import { redact } from '../../../src/main/engine/secrets/redact'
import type { AuditResult } from '../../../src/shared/domain/audit-result'
import type { SecretsFacts } from '../../../src/shared/domain/facts/secrets-facts'
import { folderContext } from '../../helpers/analyzer-context'
import { ADA, GRACE, git, makeGitRepo, makeTempDir, removeTempDirs } from '../../helpers/make-git-repo'
import { makeCanaries, randomToken, windowsOf } from './canary-secrets'

const KEY = randomBytes(32)
const AWS_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
const canaries = makeCanaries()
const canary = (name: string) => canaries.find((planted) => planted.name === name)!
const removedAws = `AKIA${randomToken(AWS_ALPHABET, 16)}`
const fixtureAws = `AKIA${randomToken(AWS_ALPHABET, 16)}`
const binaryAws = `AKIA${randomToken(AWS_ALPHABET, 16)}`
const oversizedAws = `AKIA${randomToken(AWS_ALPHABET, 16)}`
const vendoredAws = `AKIA${randomToken(AWS_ALPHABET, 16)}`
const LONG_LINE_CHARS = 300_000
const OVERSIZED_LINE_CHARS = 3 * 1024 * 1024

let result: AuditResult
let facts: SecretsFacts
let firstSha: string

beforeAll(async () => {
  const half = 'x'.repeat(LONG_LINE_CHARS / 2)
  const repo = await makeGitRepo([
    {
      author: ADA,
      date: '2025-01-10T09:00:00Z',
      files: {
        'src/settings.ts': `export const awsKeyId = '${removedAws}'\n`,
        'src/payments.ts': canary('stripe').text,
        'test/fixtures/keys.ts': `export const key = '${fixtureAws}'\n`,
        'deploy/key.txt': canary('private-key').text,
        'data/blob.raw': Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(`aws ${binaryAws}`)]),
        'public/bundle.js': `${half}var t="${canary('github').secret}";${half}\n`,
        'data/oversized.txt': `${'y'.repeat(OVERSIZED_LINE_CHARS)}aws ${oversizedAws}\n`,
        'vendor/lib/config.js': `export const awsKeyId = '${vendoredAws}'\n`,
        '.env.production': 'LOG_LEVEL=debug\n',
        'deploy/server.p12': Buffer.from([0x30, 0x82, 0, 0, 1, 2, 0, 3]),
        'deploy/cert.pem': '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
      },
    },
    {
      author: GRACE,
      date: '2025-02-11T10:30:00Z',
      files: {
        'src/settings.ts': 'export const awsKeyId = process.env.AWS_ACCESS_KEY_ID\n',
        'src/payments.ts': `${canary('stripe').text}export const currency = 'eur'\n`,
        'test/fixtures/keys.ts': null,
        'deploy/key.txt': null,
        'data/blob.raw': null,
        'public/bundle.js': null,
        'data/oversized.txt': null,
        'vendor/lib/config.js': null,
        '.env.production': null,
        'deploy/server.p12': null,
        'deploy/cert.pem': null,
      },
    },
  ])
  firstSha = (await git(repo, ['rev-list', '--max-parents=0', 'HEAD'])).trim()
  result = await runAudit(
    { source: repo, sourceKind: 'local' },
    { cacheDir: await makeTempDir(), redactionKey: KEY },
  )
  facts = result.facts.secrets as SecretsFacts
}, 60_000)
afterAll(removeTempDirs)

const occurrencesOf = (secret: string, ruleId?: string) =>
  facts.occurrences.filter(
    (occurrence) =>
      occurrence.redacted === redact(secret, KEY) && (ruleId === undefined || occurrence.ruleId === ruleId),
  )
const STRIPE = 'secrets/stripe-live-secret-key'

describe('secrets in the history', () => {
  it('finds a secret committed then removed, with its commit, author and date, redacted', () => {
    expect(occurrencesOf(removedAws)).toEqual([
      {
        path: 'src/settings.ts',
        line: 1,
        ruleId: 'secrets/aws-access-key-id',
        severity: 'critical',
        redacted: redact(removedAws, KEY),
        loweredBecause: null,
        inHistoryOnly: true,
        commit: { sha: firstSha, author: 'Ada Lovelace', date: '2025-01-10T09:00:00+00:00' },
      },
    ])
    const finding = result.findings.find((candidate) => candidate.evidence === redact(removedAws, KEY))
    expect(finding?.explanation).toContain(`still in the history (added in commit ${firstSha.slice(0, 12)}`)
    expect(finding?.explanation).toContain('must be rotated')
  })

  it('reports a secret still present once, with the commit that introduced it', () => {
    expect(occurrencesOf(canary('stripe').secret, STRIPE)).toEqual([
      expect.objectContaining({
        path: 'src/payments.ts',
        commit: { sha: firstSha, author: 'Ada Lovelace', date: '2025-01-10T09:00:00+00:00' },
      }),
    ])
    expect(occurrencesOf(canary('stripe').secret, STRIPE)[0]?.inHistoryOnly).toBeUndefined()
  })

  it('lowers the severity of a secret that was under test/fixtures/', () => {
    expect(occurrencesOf(fixtureAws)).toEqual([
      expect.objectContaining({
        path: 'test/fixtures/keys.ts',
        severity: 'medium',
        loweredBecause: expect.stringContaining('test/'),
        inHistoryOnly: true,
      }),
    ])
  })

  it('finds a removed private key block as the working tree would', () => {
    expect(occurrencesOf(canary('private-key').secret)).toEqual([
      expect.objectContaining({ path: 'deploy/key.txt', line: 2, ruleId: 'secrets/private-key-rsa' }),
    ])
  })

  it('reads through a binary diff, a very long line and an oversized one without crashing', () => {
    expect(occurrencesOf(canary('github').secret)).toEqual([
      expect.objectContaining({ path: 'public/bundle.js', line: 1, inHistoryOnly: true }),
    ])
    const json = JSON.stringify(result)
    expect(json).not.toContain(redact(binaryAws, KEY))
    expect(json).not.toContain(redact(oversizedAws, KEY))
    expect(json).not.toContain(redact(vendoredAws, KEY))
  })

  it('reports a .env and a binary key store that were committed and deleted since, with their commit', () => {
    const byFile = (ruleId: string) => facts.occurrences.filter((occurrence) => occurrence.ruleId === ruleId)
    const commit = { sha: firstSha, author: 'Ada Lovelace', date: '2025-01-10T09:00:00+00:00' }
    expect(byFile('secrets/env-file')).toEqual([
      expect.objectContaining({
        path: '.env.production',
        line: null,
        redacted: null,
        inHistoryOnly: true,
        commit,
      }),
    ])
    // A certificate is not key material: a .pem counts only when it holds a private key.
    expect(byFile('secrets/key-file')).toEqual([
      expect.objectContaining({ path: 'deploy/server.p12', severity: 'high', inHistoryOnly: true, commit }),
    ])
  })

  it('says how much of the history it read', () => {
    expect(facts.history).toMatchObject({ commitsScanned: 2, truncated: false, truncatedBecause: null })
    expect(facts.history?.linesScanned).toBeGreaterThan(5)
    expect(facts.countsByRule['secrets/aws-access-key-id']).toBe(2)
  })

  it('lets no raw secret out: the canary', () => {
    const json = JSON.stringify(result)
    const planted = [removedAws, fixtureAws, canary('stripe').secret, canary('private-key').secret]
    for (const secret of [...planted, canary('github').secret]) {
      expect(json.includes(secret)).toBe(false)
      for (const window of windowsOf(secret, 8)) expect(json.includes(window)).toBe(false)
    }
  })
})

describe('cancelling the history scan', () => {
  it('rejects with the abort reason', async () => {
    const commits = Array.from({ length: 20 }, (_, index) => ({
      author: ADA,
      date: `2025-03-${String(index + 1).padStart(2, '0')}T12:00:00Z`,
      files: { [`src/file-${index}.ts`]: `export const value = ${index}\n` },
    }))
    const repo = await makeGitRepo(commits)
    const controller = new AbortController()
    const reason = new Error('stopped by the user')
    const { context } = await folderContext(repo, { signal: controller.signal })
    const environment = await prepareGitEnvironment({ cacheDir: await makeTempDir(), sourceKind: 'local' })
    const reader = createGitReader(repo, environment, controller.signal)
    let records = 0
    context.commitSha = (await git(repo, ['rev-parse', 'HEAD'])).trim()
    context.git = {
      run: reader.run,
      async *stream(args, options) {
        for await (const record of reader.stream(args, options)) {
          records += 1
          if (records === 5) controller.abort(reason)
          yield record
        }
      },
    }
    await expect(secretsAnalyzer.run(context)).rejects.toBe(reason)
  }, 30_000)
})
