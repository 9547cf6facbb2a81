import { fileURLToPath } from 'node:url'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { startApp } from '../../../src/main/index'
import { createSecureWebPreferences } from '../../../src/main/security/web-preferences'
import { createMainWindow } from '../../../src/main/window'
import { APP_ENTRY_URL, APP_NAME } from '../../../src/shared/app-identity'
import { electron, resetElectronMock } from '../../helpers/electron-mock'

vi.mock('electron', async () => (await import('../../helpers/electron-mock')).electronModule)

const PRELOAD = '/opt/Diligent/resources/app.asar/out/preload/index.cjs'

/** Every value spelled out, the `false` ones included: a missing key would fall back to Electron's default. */
const LOCKED_DOWN = {
  preload: PRELOAD,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
  disableBlinkFeatures: 'Auxclick',
  devTools: false,
  safeDialogs: true,
}

beforeEach(() => {
  resetElectronMock()
})

describe('createSecureWebPreferences', () => {
  it('returns exactly the locked-down settings for a packaged app', () => {
    expect(createSecureWebPreferences(PRELOAD, true)).toStrictEqual(LOCKED_DOWN)
  })

  it('only turns dev tools on when the app is not packaged', () => {
    expect(createSecureWebPreferences(PRELOAD, false)).toStrictEqual({ ...LOCKED_DOWN, devTools: true })
  })

  it('never enables extra Blink features or Node in any form', () => {
    const preferences = createSecureWebPreferences(PRELOAD, false)
    expect(preferences).not.toHaveProperty('enableBlinkFeatures')
    expect(preferences).not.toHaveProperty('additionalArguments')
    expect(
      Object.entries(preferences).filter(([key, value]) => /node/i.test(key) && value !== false),
    ).toEqual([])
  })

  it('is frozen, so nothing can loosen it at run time', () => {
    const preferences = createSecureWebPreferences(PRELOAD, true) as Record<string, unknown>
    expect(Object.isFrozen(preferences)).toBe(true)
    expect(() => {
      preferences['sandbox'] = false
    }).toThrow(TypeError)
    expect(preferences['sandbox']).toBe(true)
  })
})

describe('createMainWindow', () => {
  beforeEach(async () => {
    await electron.app.becomeReady()
  })

  it('creates a hidden window with the locked-down preferences and the given preload', () => {
    createMainWindow({ preloadPath: PRELOAD, isPackaged: true, devServerUrl: null })

    expect(electron.windows).toHaveLength(1)
    const { options } = electron.windows[0]!
    expect(options.webPreferences).toStrictEqual(LOCKED_DOWN)
    expect(options).toMatchObject({ title: APP_NAME, show: false })
  })

  it('loads the app:// entry page, never a file:// one', () => {
    const window = createMainWindow({ preloadPath: PRELOAD, isPackaged: true, devServerUrl: null })

    expect(electron.windows[0]!.loadURL.mock.calls).toEqual([[APP_ENTRY_URL]])
    expect(electron.windows[0]!.loadFile).not.toHaveBeenCalled()
    expect(window).toBe(electron.windows[0])
  })

  it('loads the dev server only when one is given (npm run dev)', () => {
    createMainWindow({ preloadPath: PRELOAD, isPackaged: false, devServerUrl: 'http://localhost:5173' })

    expect(electron.windows[0]!.loadURL.mock.calls).toEqual([['http://localhost:5173']])
    expect(electron.windows[0]!.options.webPreferences).toStrictEqual({ ...LOCKED_DOWN, devTools: true })
  })

  it('shows the window only once it has painted', () => {
    createMainWindow({ preloadPath: PRELOAD, isPackaged: true, devServerUrl: null })
    const window = electron.windows[0]!
    expect(window.show).not.toHaveBeenCalled()

    window.emit('ready-to-show')

    expect(window.show).toHaveBeenCalledOnce()
  })
})

describe('the window the app opens', () => {
  it('uses the bundled CommonJS preload next to the main bundle (out/preload/index.cjs)', async () => {
    electron.app.isPackaged = true
    startApp()
    await electron.app.becomeReady()

    // index.ts resolves it from its own folder; under vitest that folder is src/main.
    const expected = fileURLToPath(new URL('../../../src/preload/index.cjs', import.meta.url))
    expect(electron.windows).toHaveLength(1)
    expect(electron.windows[0]!.options.webPreferences).toStrictEqual({ ...LOCKED_DOWN, preload: expected })
  })
})
