import { randomBytes } from 'node:crypto'
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomically } from '../files/write-atomically'

export const REDACTION_KEY_BYTES = 32
const KEY_FILE_NAME = 'redaction.key'
const OWNER_ONLY = 0o600

/**
 * The install's redaction key from `directory`, created on first use (32 random bytes, owner-only,
 * written atomically). A missing or damaged file gets a new key: earlier tags then stop matching,
 * which loses comparisons but never exposes a secret.
 */
export async function loadOrCreateRedactionKey(directory: string): Promise<Buffer> {
  const path = join(directory, KEY_FILE_NAME)
  const existing = await readFile(path).catch(() => null)
  if (existing !== null && existing.length === REDACTION_KEY_BYTES) return existing
  const key = randomBytes(REDACTION_KEY_BYTES)
  await mkdir(directory, { recursive: true })
  await writeFileAtomically(path, key, OWNER_ONLY)
  return key
}
