import { randomBytes } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { redact } from '../../../src/main/engine/secrets/redact'
import { loadOrCreateRedactionKey } from '../../../src/main/engine/secrets/redaction-key-file'
import { makeTempDir, removeTempDirs } from '../../helpers/make-git-repo'

afterAll(removeTempDirs)

describe('redact', () => {
  const secret = `tok_${randomBytes(16).toString('hex')}`
  const key = randomBytes(32)

  it('keeps at most the first four characters, then a keyed tag', () => {
    const redacted = redact(secret, key)
    expect(redacted).toMatch(/^tok_…#[0-9a-f]{16}$/)
    expect(redacted).not.toContain(secret.slice(4, 8))
  })

  it('gives the same value for the same secret and key, a different one for another key', () => {
    expect(redact(secret, key)).toBe(redact(secret, Buffer.from(key)))
    expect(redact(secret, randomBytes(32))).not.toBe(redact(secret, key))
    expect(redact(`${secret}x`, key)).not.toBe(redact(secret, key))
  })

  it('keeps no prefix of a short secret', () => {
    expect(redact('hunter2', key)).toMatch(/^…#[0-9a-f]{16}$/)
  })
})

describe('the redaction key file', () => {
  it('is created once, 32 bytes, readable by its owner only, and read back after', async () => {
    const directory = join(await makeTempDir(), 'data')
    const first = await loadOrCreateRedactionKey(directory)
    expect(first).toHaveLength(32)
    expect(await loadOrCreateRedactionKey(directory)).toEqual(first)
    expect(await readFile(join(directory, 'redaction.key'))).toEqual(first)
    if (process.platform !== 'win32')
      expect((await stat(join(directory, 'redaction.key'))).mode & 0o777).toBe(0o600)
  })
})
