import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { writeFileAtomically } from '../../../src/main/engine/files/write-atomically'
import { createSettingsStore } from '../../../src/main/freshness/settings-store'
import { makeTempDir, removeTempDirs } from '../../helpers/make-git-repo'

afterAll(removeTempDirs)

async function settingsFile(content?: string): Promise<string> {
  const path = join(await makeTempDir('diligent-settings-'), 'user-data', 'settings.json')
  if (content !== undefined) {
    await mkdir(join(path, '..'), { recursive: true })
    await writeFile(path, content)
  }
  return path
}

describe('the settings file', () => {
  it('has online checks off when there is no file', async () => {
    const store = createSettingsStore({ path: await settingsFile(), write: writeFileAtomically })

    await expect(store.read()).resolves.toEqual({ onlineChecks: false })
  })

  it.each([
    ['not JSON', '{"onlineChecks": tru'],
    ['empty', ''],
    ['null', 'null'],
    ['an array', '[true]'],
    ['a string for the switch', '{"onlineChecks":"yes"}'],
    ['a number for the switch', '{"onlineChecks":1}'],
    ['huge', `{"onlineChecks":true,"padding":"${'x'.repeat(100_000)}"}`],
  ])('falls back to online checks off when the file is %s', async (_label, content) => {
    const store = createSettingsStore({ path: await settingsFile(content), write: writeFileAtomically })

    await expect(store.read()).resolves.toEqual({ onlineChecks: false })
  })

  it('remembers online checks across restarts, in settings.json', async () => {
    const path = await settingsFile()
    await expect(
      createSettingsStore({ path, write: writeFileAtomically }).setOnlineChecks(true),
    ).resolves.toEqual({ onlineChecks: true })

    await expect(createSettingsStore({ path, write: writeFileAtomically }).read()).resolves.toEqual({
      onlineChecks: true,
    })
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ onlineChecks: true })
  })

  it('keeps a readable setting when another key is unknown', async () => {
    const store = createSettingsStore({
      path: await settingsFile('{"onlineChecks":true,"theme":"dark"}'),
      write: writeFileAtomically,
    })

    await expect(store.read()).resolves.toEqual({ onlineChecks: true })
  })

  it('leaves the setting as it was when it cannot be saved', async () => {
    const write = vi.fn(async () => {
      throw new Error('ENOSPC: no space left on device')
    })
    const store = createSettingsStore({ path: await settingsFile(), write })

    await expect(store.setOnlineChecks(true)).rejects.toThrow('ENOSPC')
    await expect(store.read()).resolves.toEqual({ onlineChecks: false })
  })

  it('lands the last of two quick changes on disk', async () => {
    const path = await settingsFile()
    const store = createSettingsStore({ path, write: writeFileAtomically })

    await Promise.all([store.setOnlineChecks(true), store.setOnlineChecks(false)])

    await expect(store.read()).resolves.toEqual({ onlineChecks: false })
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ onlineChecks: false })
  })
})
