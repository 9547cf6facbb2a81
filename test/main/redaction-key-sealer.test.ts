import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { loadOrCreateRedactionKey } from '../../src/main/engine/secrets/redaction-key-file'
import { safeStorageSealer } from '../../src/main/redaction-key-sealer'
import { resetElectronMock, type ElectronMock } from '../helpers/electron-mock'
import { makeTempDir, removeTempDirs } from '../helpers/make-git-repo'

vi.mock('electron', async () => (await import('../helpers/electron-mock')).electronModule)

let electron: ElectronMock
beforeEach(() => {
  electron = resetElectronMock()
})
afterAll(removeTempDirs)

describe('the redaction key sealed with safeStorage', () => {
  it('is stored sealed, never in plain, and opens to the same key', async () => {
    const directory = await makeTempDir()
    const key = await loadOrCreateRedactionKey(directory, safeStorageSealer())
    const sealed = await readFile(join(directory, 'redaction.key.sealed'))
    expect(sealed.toString()).toMatch(/^sealed:/)
    expect(sealed.includes(key)).toBe(false)
    await expect(readFile(join(directory, 'redaction.key'))).rejects.toThrow()
    expect(await loadOrCreateRedactionKey(directory, safeStorageSealer())).toEqual(key)
  })

  it('seals a plain key an earlier version left, keeping it, and removes the plain file', async () => {
    const directory = await makeTempDir()
    const plain = await loadOrCreateRedactionKey(directory)
    expect(await loadOrCreateRedactionKey(directory, safeStorageSealer())).toEqual(plain)
    await expect(readFile(join(directory, 'redaction.key'))).rejects.toThrow()
    expect(await loadOrCreateRedactionKey(directory, safeStorageSealer())).toEqual(plain)
  })

  it('makes a new key when the sealed one cannot be opened, rather than failing the audit', async () => {
    const directory = await makeTempDir()
    const first = await loadOrCreateRedactionKey(directory, safeStorageSealer())
    electron.safeStorage.decryptString.mockImplementation(() => {
      throw new Error('Error while decrypting the ciphertext provided')
    })
    const second = await loadOrCreateRedactionKey(directory, safeStorageSealer())
    expect(second).toHaveLength(32)
    expect(second).not.toEqual(first)
  })

  it('is not used where the platform has no real key store', () => {
    electron.safeStorage.isEncryptionAvailable.mockReturnValue(false)
    expect(safeStorageSealer()).toBeUndefined()
    electron.safeStorage.isEncryptionAvailable.mockReturnValue(true)
    electron.safeStorage.getSelectedStorageBackend.mockReturnValue('basic_text')
    if (process.platform === 'linux') expect(safeStorageSealer()).toBeUndefined()
    else expect(safeStorageSealer()).toBeDefined()
  })
})
