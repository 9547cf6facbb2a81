import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { cloneCacheDirectory } from '../../src/main/app-paths'
import { startApp } from '../../src/main/index'
import { APP_SCHEME_PRIVILEGES } from '../../src/main/protocol/app-protocol'
import { APP_ENTRY_URL, APP_HOST, APP_NAME, APP_ORIGIN, APP_SCHEME } from '../../src/shared/app-identity'
import { electron, resetElectronMock } from '../helpers/electron-mock'

vi.mock('electron', async () => (await import('../helpers/electron-mock')).electronModule)

beforeEach(() => {
  resetElectronMock()
})

/**
 * A guard, not a spec: the name decides where userData (and the IndexedDB inside it) lives, and the
 * origin decides which IndexedDB the renderer opens. Changing either after a release makes every
 * auditor's engagements look lost. If this fails, do not update the test: write a migration.
 */
describe('the fixed identity', () => {
  it('keeps the app name and the app:// origin', () => {
    expect(APP_NAME).toBe('Diligent')
    expect(APP_SCHEME).toBe('app')
    expect(APP_HOST).toBe('diligent')
    expect(APP_ORIGIN).toBe('app://diligent')
    expect(APP_ENTRY_URL).toBe('app://diligent/index.html')
  })

  it("agrees with package.json's productName, which Electron uses before setName runs", async () => {
    const packageJson = JSON.parse(
      await readFile(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as {
      productName?: string
    }
    expect(packageJson.productName).toBe(APP_NAME)
  })

  it.each([
    [
      'win32',
      { LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' },
      join('C:\\Users\\a\\AppData\\Local', 'Diligent', 'clones'),
    ],
    ['win32', {}, join('/home/a', 'AppData', 'Local', 'Diligent', 'clones')],
    ['darwin', {}, join('/home/a', 'Library', 'Caches', 'Diligent', 'clones')],
    ['linux', { XDG_CACHE_HOME: '/xdg/cache' }, join('/xdg/cache', 'diligent', 'clones')],
    ['linux', {}, join('/home/a', '.cache', 'diligent', 'clones')],
  ] as const)('keeps the clone cache of %s %j in the local cache folder', (platform, env, expected) => {
    expect(cloneCacheDirectory(platform, env, '/home/a')).toBe(expected)
  })
})

describe('start-up order', () => {
  /** Position of a call in the start-up log; -1 (a failure below) when it never happened. */
  const at = (entry: string): number => electron.log.indexOf(entry)

  it('names the app, sandboxes it and makes app:// privileged before Electron is ready', async () => {
    startApp()
    await electron.app.becomeReady()

    expect(electron.app.setName.mock.calls).toEqual([[APP_NAME]])
    expect(electron.app.enableSandbox).toHaveBeenCalledOnce()
    expect(electron.protocol.registerSchemesAsPrivileged.mock.calls).toEqual([[[APP_SCHEME_PRIVILEGES]]])
    for (const entry of ['app.setName', 'app.enableSandbox', 'protocol.registerSchemesAsPrivileged']) {
      expect(at(entry), entry).toBeGreaterThanOrEqual(0)
      expect(at(entry), entry).toBeLessThan(at('ready'))
    }
  })

  it('sets the name before anything reads userData, so userData carries the fixed name', () => {
    startApp()

    expect(at('app.setName')).toBeGreaterThanOrEqual(0)
    expect(at('app.setName')).toBeLessThan(at('app.getPath(userData)'))
    expect(electron.app.getPath('userData')).toBe(join('/fake/appData', APP_NAME))
  })

  it('applies the session policy, serves app:// and opens the window only after ready', async () => {
    startApp()
    expect(electron.windows).toHaveLength(0)
    expect(electron.protocol.handle).not.toHaveBeenCalled()

    await electron.app.becomeReady()

    const ready = at('ready')
    expect(at('session.setPermissionRequestHandler')).toBeGreaterThan(ready)
    expect(at('protocol.handle')).toBeGreaterThan(ready)
    // The policy is in place before the window can make its first request.
    expect(at('session.setPermissionRequestHandler')).toBeLessThan(at('new BrowserWindow'))
    expect(at('protocol.handle')).toBeLessThan(at('new BrowserWindow'))
    expect(electron.windows).toHaveLength(1)
    expect(electron.windows[0]!.loadURL.mock.calls).toEqual([[APP_ENTRY_URL]])
  })

  it('quits at once, wiring nothing, when another instance holds the lock', async () => {
    electron.app.hasSingleInstanceLock = false
    startApp()
    await electron.app.becomeReady()

    expect(electron.app.quit).toHaveBeenCalledOnce()
    expect(electron.ipcMain.handle).not.toHaveBeenCalled()
    expect(electron.app.listenerCount('web-contents-created')).toBe(0)
    expect(electron.windows).toHaveLength(0)
  })

  it('brings the existing window back when a second instance starts', async () => {
    startApp()
    await electron.app.becomeReady()
    const window = electron.windows[0]!
    window.isMinimized.mockReturnValue(true)

    electron.app.emit('second-instance')

    expect(window.restore).toHaveBeenCalledOnce()
    expect(window.focus).toHaveBeenCalledOnce()
    expect(electron.windows).toHaveLength(1)
  })
})
