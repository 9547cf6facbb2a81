import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { main } from '../../src/cli'
import { createEngagement } from '../../src/renderer/src/db/commands/engagements'
import { addRepo } from '../../src/renderer/src/db/commands/repos'
import { completeRun, startRun } from '../../src/renderer/src/db/commands/runs'
import type { AuditResult } from '../../src/shared/domain/audit-result'
import { makeCanaries, randomToken, windowsOf, type Canary } from '../engine/secrets/canary-secrets'
import { engagementDraft } from '../helpers/engagement-drafts'
import { freshDatabase } from '../helpers/fresh-database'
import { ADA, GRACE, makeGitRepo, makeTempDir, removeTempDirs } from '../helpers/make-git-repo'
import { readPdf } from '../main/exports/pdf/pdf-text'
import { readXlsxParts } from '../main/exports/xlsx/xlsx-parts'
import { rawPdfStreams } from './raw-pdf-streams'

/**
 * security.md 3.6: random secrets planted in the working tree, in the history only, in a commit message,
 * in a .env, in broken JSON and in a very long line; the CLI audits the repository and writes every
 * export (JSON, SARIF, xlsx, PDF); the result is stored as the app stores it. No secret, nor any 8 characters of one, may show
 * in any of those outputs.
 */
const canaries = makeCanaries()
const canary = (name: string): Canary => canaries.find((planted) => planted.name === name)!
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const removedGithub = `ghp_${randomToken(ALPHANUMERIC, 36)}`
const inCommitMessage = `sk_live_${randomToken(ALPHANUMERIC, 32)}`
const envPassword = randomToken(ALPHANUMERIC, 24)
const planted = [
  ...canaries,
  { name: 'removed-github', secret: removedGithub },
  { name: 'commit-message', secret: inCommitMessage },
  { name: 'env', secret: envPassword },
]

/** Each output by name, as text. */
const outputs = new Map<string, string>()
let cliOutput = ''

beforeAll(async () => {
  const longLine = `${'a=1;'.repeat(2000)}var k="${canary('npm').secret}";${'b=2;'.repeat(2000)}\n`
  const repo = await makeGitRepo([
    {
      author: ADA,
      date: '2025-03-01T09:00:00Z',
      files: {
        'src/config.ts': canary('aws').text + canary('stripe').text + canary('password').text,
        'src/notify.yml': canary('slack').text + canary('jwt').text,
        'src/legacy.ts': `export const token = '${removedGithub}'\n`,
        'deploy/id_rsa': canary('private-key').text,
        '.env': `DB_PASSWORD=${envPassword}\n${canary('database-url').text}`,
        'config/broken.json': `{"token": "${canary('github').secret}", `,
        'public/app.min.js': longLine,
      },
    },
    {
      author: GRACE,
      date: '2025-03-02T09:00:00Z',
      message: `Remove the key ${inCommitMessage} from the code`,
      files: { 'src/legacy.ts': 'export const token = process.env.GITHUB_TOKEN\n' },
    },
  ])
  const out = await makeTempDir('diligent-canary-out-')
  const cache = await makeTempDir('diligent-canary-cache-')
  const capture = (chunk: unknown): boolean => {
    cliOutput += String(chunk)
    return true
  }
  vi.spyOn(process.stdout, 'write').mockImplementation(capture)
  vi.spyOn(process.stderr, 'write').mockImplementation(capture)
  try {
    expect(await main(['audit', repo, '--out', out, '--cache', cache])).toBe(0)
  } finally {
    vi.restoreAllMocks()
  }
  outputs.set('CLI stdout and stderr', cliOutput)

  for (const name of await readdir(out)) {
    const bytes = await readFile(join(out, name))
    if (name.endsWith('.xlsx')) {
      for (const [part, xml] of (await readXlsxParts(bytes)).files) outputs.set(`${name}: ${part}`, xml)
    } else if (name.endsWith('.pdf')) {
      const pdf = await readPdf(bytes)
      outputs.set(`${name}: text`, pdf.pages.map((page) => page.text).join('\n'))
      outputs.set(`${name}: document information`, JSON.stringify(pdf.info))
      outputs.set(`${name}: raw streams`, rawPdfStreams(bytes).join('\n'))
    } else {
      outputs.set(name, bytes.toString('utf8'))
    }
  }

  const result = JSON.parse(outputs.get('audit.json') ?? 'null') as AuditResult
  const db = freshDatabase()
  const engagement = await createEngagement(db, engagementDraft())
  const stored = await addRepo(db, {
    engagementId: engagement.id,
    name: 'canary',
    source: repo,
    sourceKind: 'local',
  })
  const run = await startRun(db, stored)
  await completeRun(db, run.id, result)
  const tables = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()]))
  outputs.set('IndexedDB records', JSON.stringify(tables))
  db.close()
}, 120_000)
afterAll(removeTempDirs)

describe('the canary across every output', () => {
  it('wrote every output the audit makes', () => {
    const names = [...outputs.keys()]
    expect(names).toEqual(
      expect.arrayContaining([
        'audit.json',
        'audit.sarif',
        'CLI stdout and stderr',
        'debt-inventory.xlsx: xl/sharedStrings.xml',
        'dd-pack.pdf: text',
        'dd-pack.pdf: document information',
        'dd-pack.pdf: raw streams',
        'IndexedDB records',
      ]),
    )
  })

  it('found the planted secrets, so their absence below means redaction, not a missed scan', () => {
    const json = outputs.get('audit.json') ?? ''
    for (const rule of ['aws-access-key-id', 'stripe-live-secret-key', 'github-pat', 'npm-access-token'])
      expect(json, rule).toContain(`"secrets/${rule}"`)
    expect(json).toContain('"secrets/env-file"')
    expect(outputs.get('dd-pack.pdf: text')).toMatch(/secret/i)
  })

  it.each([...planted.map((secret) => [secret.name, secret.secret] as const)])(
    'shows no 8 characters of the %s secret anywhere',
    (_name, secret) => {
      const windows = windowsOf(secret, 8)
      for (const [output, text] of outputs) {
        const leaked = windows.find((window) => text.includes(window))
        expect(leaked, `${output} holds part of the secret`).toBeUndefined()
      }
    },
  )
})
