import { safeStorage } from 'electron'
import type { KeySealer } from './engine/secrets/redaction-key-file'

/**
 * Electron's safeStorage as the redaction key's sealer (security.md 3.5), or undefined where the
 * platform offers no real key store: Linux without a Secret Service falls back to a password written
 * in Chromium's source ("basic_text"), which would only pretend to protect the key, so the key stays an
 * owner-only file there.
 */
export function safeStorageSealer(): KeySealer | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text')
    return undefined
  return {
    seal: (key) => safeStorage.encryptString(key.toString('base64')),
    unseal: (sealed) => Buffer.from(safeStorage.decryptString(sealed), 'base64'),
  }
}
