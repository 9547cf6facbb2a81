import { beforeEach, describe, expect, it, vi } from 'vitest'
import { openBackup, saveBackup, type BackupFileDeps } from '../../../src/main/backup/backup-handlers'
import { BACKUP_MAX_BYTES } from '../../../src/shared/backup/backup-format'

type FakeDeps = { [Key in keyof BackupFileDeps]: ReturnType<typeof vi.fn<BackupFileDeps[Key]>> }
let deps: FakeDeps

const PATH = '/home/auditor/Documents/Acme-2026-12-04.diligent-backup.json'
const encode = (text: string): Uint8Array => new TextEncoder().encode(text)

beforeEach(() => {
  deps = {
    chooseSavePath: vi.fn<BackupFileDeps['chooseSavePath']>(async () => PATH),
    chooseOpenPath: vi.fn<BackupFileDeps['chooseOpenPath']>(async () => PATH),
    stat: vi.fn<BackupFileDeps['stat']>(async () => ({ isFile: true, size: 2 })),
    readFile: vi.fn<BackupFileDeps['readFile']>(async () => encode('{}')),
    writeFile: vi.fn<BackupFileDeps['writeFile']>(async () => undefined),
  }
})

describe('saving a backup', () => {
  it('writes the content where the auditor chose, offering the suggested name', async () => {
    await expect(saveBackup(deps, { suggestedName: 'Acme.json', content: '{"a":"é"}' })).resolves.toEqual({
      path: PATH,
    })
    expect(deps.chooseSavePath.mock.calls).toEqual([['Acme.json']])
    expect(deps.writeFile.mock.calls).toEqual([[PATH, '{"a":"é"}']])
  })

  it('writes nothing when the auditor cancels', async () => {
    deps.chooseSavePath.mockResolvedValueOnce(null)
    await expect(saveBackup(deps, { suggestedName: 'Acme.json', content: '{}' })).resolves.toEqual({
      path: null,
    })
    expect(deps.writeFile).not.toHaveBeenCalled()
  })

  it('refuses, before asking where, a backup over the cap in UTF-8 bytes though within it in characters', async () => {
    const content = 'é'.repeat(BACKUP_MAX_BYTES / 2 + 1)
    expect(content.length).toBeLessThanOrEqual(BACKUP_MAX_BYTES)

    await expect(saveBackup(deps, { suggestedName: 'Acme.json', content })).rejects.toThrow(
      'This engagement is too large to back up as one file (101 MB; the limit is 100 MB).',
    )
    expect(deps.chooseSavePath).not.toHaveBeenCalled()
    expect(deps.writeFile).not.toHaveBeenCalled()
  })
})

describe('opening a backup', () => {
  it('reads the chosen file as UTF-8 and names it without its folder', async () => {
    deps.readFile.mockResolvedValueOnce(encode('{"notes":"naïve ✓"}'))
    await expect(openBackup(deps)).resolves.toEqual({
      file: { name: 'Acme-2026-12-04.diligent-backup.json', content: '{"notes":"naïve ✓"}' },
    })
    expect(deps.readFile.mock.calls).toEqual([[PATH, BACKUP_MAX_BYTES + 1]])
  })

  it('reads nothing when the auditor cancels', async () => {
    deps.chooseOpenPath.mockResolvedValueOnce(null)
    await expect(openBackup(deps)).resolves.toEqual({ file: null })
    expect(deps.stat).not.toHaveBeenCalled()
  })

  it('accepts a file of exactly the cap', async () => {
    deps.stat.mockResolvedValueOnce({ isFile: true, size: BACKUP_MAX_BYTES })
    await expect(openBackup(deps)).resolves.toMatchObject({ file: { content: '{}' } })
  })

  it('refuses a file over the cap before reading a byte of it', async () => {
    deps.stat.mockResolvedValueOnce({ isFile: true, size: 3 * 1024 ** 3 })

    await expect(openBackup(deps)).rejects.toThrow(
      'Acme-2026-12-04.diligent-backup.json is too large to be a Diligent backup (3072 MB; the limit is ' +
        '100 MB). Nothing was changed.',
    )
    expect(deps.readFile).not.toHaveBeenCalled()
  })

  it('refuses a file that grew past the cap after it was measured', async () => {
    deps.readFile.mockResolvedValueOnce(new Uint8Array(BACKUP_MAX_BYTES + 1))
    await expect(openBackup(deps)).rejects.toThrow(/too large to be a Diligent backup/)
  })

  it('refuses something that is not a regular file, such as a device or a pipe', async () => {
    deps.stat.mockResolvedValueOnce({ isFile: false, size: 0 })
    await expect(openBackup(deps)).rejects.toThrow('is not a file. Nothing was changed.')
    expect(deps.readFile).not.toHaveBeenCalled()
  })

  it('refuses text that is not UTF-8 rather than repairing it', async () => {
    deps.readFile.mockResolvedValueOnce(Uint8Array.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]))
    await expect(openBackup(deps)).rejects.toThrow('it is not UTF-8 text. Nothing was changed.')
  })
})
