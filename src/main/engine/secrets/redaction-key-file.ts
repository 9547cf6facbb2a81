import { randomBytes } from 'node:crypto'
import { mkdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomically } from '../files/write-atomically'

export const REDACTION_KEY_BYTES = 32
const KEY_FILE_NAME = 'redaction.key'
const SEALED_KEY_FILE_NAME = 'redaction.key.sealed'
const OWNER_ONLY = 0o600

/**
 * Encrypts the key at rest with a secret the operating system keeps (the app passes Electron's
 * safeStorage: Keychain, DPAPI, the Secret Service), so a copy of the data folder alone cannot
 * recompute tags. The engine never imports Electron, hence the interface.
 */
export interface KeySealer {
  seal(key: Buffer): Buffer
  /** Throws when the sealed bytes cannot be opened (another user, another machine, a reset keyring). */
  unseal(sealed: Buffer): Buffer
}

const read = (path: string): Promise<Buffer | null> => readFile(path).catch(() => null)
const isKey = (bytes: Buffer | null): bytes is Buffer =>
  bytes !== null && bytes.length === REDACTION_KEY_BYTES

function unsealed(sealed: Buffer | null, sealer: KeySealer): Buffer | null {
  if (sealed === null) return null
  try {
    return sealer.unseal(sealed)
  } catch {
    return null
  }
}

/**
 * The install's redaction key from `directory`, created on first use (32 random bytes, owner-only,
 * written atomically). With a sealer the key is stored sealed, and a plain key left by an earlier
 * version is sealed and removed, keeping its tags. A missing, damaged or unopenable file gets a new key:
 * earlier tags then stop matching, which loses comparisons but never exposes a secret.
 */
export async function loadOrCreateRedactionKey(directory: string, sealer?: KeySealer): Promise<Buffer> {
  const plainPath = join(directory, KEY_FILE_NAME)
  if (sealer === undefined) {
    const existing = await read(plainPath)
    if (isKey(existing)) return existing
    const key = randomBytes(REDACTION_KEY_BYTES)
    await mkdir(directory, { recursive: true })
    await writeFileAtomically(plainPath, key, OWNER_ONLY)
    return key
  }
  const sealedPath = join(directory, SEALED_KEY_FILE_NAME)
  const opened = unsealed(await read(sealedPath), sealer)
  if (isKey(opened)) return opened
  const plain = await read(plainPath)
  const key = isKey(plain) ? plain : randomBytes(REDACTION_KEY_BYTES)
  await mkdir(directory, { recursive: true })
  await writeFileAtomically(sealedPath, sealer.seal(key), OWNER_ONLY)
  await rm(plainPath, { force: true })
  return key
}
