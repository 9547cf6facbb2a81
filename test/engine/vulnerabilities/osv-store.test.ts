import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importOsvDatabase } from '../../../src/main/engine/vulnerabilities/osv-import'
import {
  loadOsvStore,
  OsvStoreError,
  readOsvDatabaseInfo,
  readOsvManifest,
} from '../../../src/main/engine/vulnerabilities/osv-store'
import { simpleRecord, useTempDirs, zipOf } from './osv-fixtures'

const tempDir = useTempDirs()

async function imported(): Promise<string> {
  const source = join(await tempDir(), 'all.zip')
  await writeFile(source, zipOf({ 'a.json': simpleRecord('GHSA-a', 'pkg', '0', '1.0.0') }))
  const target = await tempDir()
  await importOsvDatabase(source, target, { now: new Date('2024-06-01T00:00:00Z') })
  return target
}

describe('loadOsvStore', () => {
  it('is null when nothing was imported, or the folder does not exist', async () => {
    const empty = await tempDir()
    expect(await loadOsvStore(empty)).toBeNull()
    expect(await loadOsvStore(join(empty, 'missing'))).toBeNull()
    expect(await readOsvDatabaseInfo(empty)).toBeNull()
  })

  it('reads the database info from the manifest alone, in the exact shape the contract carries', async () => {
    const target = await imported()
    expect(await readOsvDatabaseInfo(target)).toEqual({
      source: 'all.zip',
      importedAt: '2024-06-01T00:00:00.000Z',
      advisories: 1,
    })
  })

  it('says plainly when the manifest is damaged', async () => {
    const target = await imported()
    await writeFile(join(target, 'manifest.json'), '{ not json')
    await expect(loadOsvStore(target)).rejects.toThrow(OsvStoreError)
    await expect(loadOsvStore(target)).rejects.toThrow(
      `The vulnerability database in ${target} is damaged (manifest.json is not JSON). Import the OSV export again.`,
    )
    await writeFile(join(target, 'manifest.json'), JSON.stringify({ format: 'something-else' }))
    await expect(readOsvDatabaseInfo(target)).rejects.toThrow(/not a manifest this version understands/)
  })

  it('refuses a store that was changed, truncated or removed', async () => {
    const target = await imported()
    const manifest = await readOsvManifest(target)
    const storePath = join(target, manifest!.store)
    const original = await readFile(storePath)

    await writeFile(storePath, original.subarray(0, original.length - 10))
    await expect(loadOsvStore(target)).rejects.toThrow(/does not match its checksum/)

    await writeFile(storePath, original.toString('utf8').replace('GHSA-a', 'GHSA-b'))
    await expect(loadOsvStore(target)).rejects.toThrow(/does not match its checksum/)

    await rm(storePath)
    await expect(loadOsvStore(target)).rejects.toThrow(/cannot be read/)

    await writeFile(storePath, original)
    expect((await loadOsvStore(target))?.advisoriesFor('pkg').map((advisory) => advisory.id)).toEqual([
      'GHSA-a',
    ])
  })

  it('refuses a manifest that names a file outside the database folder', async () => {
    const target = await imported()
    const manifest = await readOsvManifest(target)
    await mkdir(join(target, 'sub'))
    await writeFile(
      join(target, 'manifest.json'),
      JSON.stringify({ ...manifest, store: '../osv-npm-x.json' }),
    )
    await expect(loadOsvStore(target)).rejects.toThrow(OsvStoreError)
  })
})
