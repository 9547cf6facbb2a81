import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { backupFileSystem } from '../../../src/main/backup/backup-file-system'

let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'diligent-backup-fs-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('backup files on disk', () => {
  it('writes UTF-8, replacing an earlier backup of the same name, and leaves no partial file', async () => {
    const path = join(dir, 'Acme.diligent-backup.json')
    await writeFile(path, 'old')

    await backupFileSystem.writeFile(path, '{"notes":"naïve ✓"}')

    await expect(readFile(path, 'utf8')).resolves.toBe('{"notes":"naïve ✓"}')
    await expect(readdir(dir)).resolves.toEqual(['Acme.diligent-backup.json'])
  })

  it('leaves no partial file when the write fails', async () => {
    await expect(backupFileSystem.writeFile(join(dir, 'missing-folder', 'a.json'), '{}')).rejects.toThrow()
    await expect(readdir(dir)).resolves.toEqual([])
  })

  it('reads at most the bytes asked for', async () => {
    const path = join(dir, 'a.json')
    await writeFile(path, '0123456789')

    expect(Buffer.from(await backupFileSystem.readFile(path, 4)).toString()).toBe('0123')
    expect(Buffer.from(await backupFileSystem.readFile(path, 100)).toString()).toBe('0123456789')
  })

  it('tells a file from a folder, with its size', async () => {
    const path = join(dir, 'a.json')
    await writeFile(path, '{}')

    await expect(backupFileSystem.stat(path)).resolves.toEqual({ isFile: true, size: 2 })
    await expect(backupFileSystem.stat(dir)).resolves.toMatchObject({ isFile: false })
  })
})
