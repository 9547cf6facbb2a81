import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { unquotePath } from '../../../src/main/engine/secrets/history-diff'
import { redact } from '../../../src/main/engine/secrets/redact'
import { bundledSecretRules } from '../../../src/main/engine/secrets/rule-pack'
import { scanHistory } from '../../../src/main/engine/secrets/scan-history'
import type { GitReader } from '../../../src/main/engine/types'
import { randomToken } from './canary-secrets'

const KEY = randomBytes(32)
const SHA = 'a'.repeat(40)
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** A reader whose `git log -p` output is `lines`, one commit by Ada. */
function fakeGit(lines: readonly string[]): GitReader {
  return {
    run: async () => '',
    async *stream() {
      yield `\x1e${SHA}\0Ada Lovelace\0ada@example.com\x002025-01-10T09:00:00+00:00`
      yield* lines
    },
  }
}

const scan = (lines: readonly string[]) =>
  scanHistory(
    SHA,
    bundledSecretRules(),
    { git: fakeGit(lines), redactionKey: KEY, signal: new AbortController().signal },
    () => undefined,
  )

const fileHeader = (path: string) => [`diff --git a/${path} b/${path}`, '--- /dev/null', `+++ b/${path}`]

describe('scanHistory on a diff', () => {
  it('reads a `+++` line inside a hunk as an added line, not a file header', async () => {
    const aws = `AKIA${randomToken('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`
    const { hits } = await scan([
      ...fileHeader('src/a.ts'),
      '@@ -0,0 +7,2 @@',
      '+++ b/elsewhere',
      `+k = '${aws}'`,
    ])
    expect(hits).toEqual([
      expect.objectContaining({
        path: 'src/a.ts',
        line: 8,
        redacted: redact(aws, KEY),
        commit: expect.anything(),
      }),
    ])
  })

  it('reports a key block the diff cut short by its BEGIN line, but not a BEGIN marker quoted in code', async () => {
    const cut = await scan([
      ...fileHeader('deploy/key'),
      '@@ -0,0 +1,2 @@',
      '+-----BEGIN OPENSSH PRIVATE KEY-----',
      `+${randomToken(BASE64, 64)}`,
    ])
    expect(cut.hits).toEqual([
      expect.objectContaining({
        path: 'deploy/key',
        line: 1,
        ruleId: 'secrets/private-key-openssh',
        redacted: null,
      }),
    ])
    const quoted = await scan([
      ...fileHeader('src/detect.ts'),
      '@@ -0,0 +1,2 @@',
      "+if (text.startsWith('-----BEGIN OPENSSH PRIVATE KEY-----')) warn()",
      '+export {}',
    ])
    expect(quoted.hits).toEqual([])
  })

  it('skips vendored paths', async () => {
    const aws = `AKIA${randomToken('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`
    const { hits, facts } = await scan([
      ...fileHeader('node_modules/x/index.js'),
      '@@ -0,0 +1 @@',
      `+k = '${aws}'`,
    ])
    expect(hits).toEqual([])
    expect(facts).toMatchObject({ commitsScanned: 1, linesScanned: 0 })
  })
})

describe('unquotePath', () => {
  it('decodes the C-quoting git keeps for unusual paths', () => {
    expect(unquotePath('"b/caf\\303\\251 \\"x\\".ts"')).toBe('b/café "x".ts')
    expect(unquotePath('b/plain.ts')).toBe('b/plain.ts')
  })
})
