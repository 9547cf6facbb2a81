import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { startApp } from '../../../src/main/index'
import { guardWebContents } from '../../../src/main/security/navigation-guards'
import { APP_ENTRY_URL } from '../../../src/shared/app-identity'
import {
  electron,
  FakeWebContents,
  resetElectronMock,
  type NavigationEventName,
} from '../../helpers/electron-mock'

vi.mock('electron', async () => (await import('../../helpers/electron-mock')).electronModule)

const NAVIGATION_EVENTS: NavigationEventName[] = ['will-navigate', 'will-frame-navigate', 'will-redirect']

const OWN_URLS = [APP_ENTRY_URL, 'app://diligent/', 'app://diligent/index.html#/engagements/42?tab=repos']

/** Everything outside app://diligent: other schemes, look-alike hosts, ports, pseudo-URLs, garbage. */
const OUTSIDE_URLS = [
  'https://evil.example/',
  'http://evil.example/phish',
  'http://localhost:5173/',
  'file:///etc/passwd',
  'file:///C:/Windows/System32/calc.exe',
  'app://other/index.html',
  'app://diligent.evil.example/index.html',
  'app://diligent:8080/index.html',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'blob:app://diligent/5b1b6bd6-7d1f-4bfa-9b1c-2f0d7e1c8a00',
  'about:blank',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  'ws://localhost:5173/',
  'smb://fileserver/share',
  '',
  'not a url',
]

function nextTick(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

let contents: FakeWebContents
let openExternal: ReturnType<typeof vi.fn<(url: string) => Promise<void>>>

beforeEach(() => {
  resetElectronMock()
  contents = new FakeWebContents()
  openExternal = vi.fn(async (_url: string) => undefined)
  guardWebContents(contents.asWebContents(), { devServerOrigin: null, openExternal })
})

describe.each(NAVIGATION_EVENTS)('%s', (eventName) => {
  it.each(OUTSIDE_URLS)('is prevented for %j', (url) => {
    expect(contents.navigate(eventName, url)).toBe(true)
  })

  it.each(OWN_URLS)('is allowed inside the app: %j', (url) => {
    expect(contents.navigate(eventName, url)).toBe(false)
  })

  it('never opens anything externally', () => {
    contents.navigate(eventName, 'https://example.com/')
    expect(openExternal).not.toHaveBeenCalled()
  })
})

describe('will-attach-webview', () => {
  it.each(['https://evil.example/', APP_ENTRY_URL])('is always prevented (src %j)', (src) => {
    expect(contents.attachWebview(src)).toBe(true)
  })
})

describe('window.open and target=_blank', () => {
  it.each([...OWN_URLS, ...OUTSIDE_URLS, 'https://example.com/docs'])('is denied for %j', (url) => {
    expect(contents.openWindow(url)).toStrictEqual({ action: 'deny' })
  })

  it('hands an http(s) link to the system browser, normalised', async () => {
    contents.openWindow('https://Example.com/a b?q=1#frag')
    contents.openWindow('http://example.org')
    await nextTick()

    expect(openExternal.mock.calls).toEqual([['https://example.com/a%20b?q=1#frag'], ['http://example.org/']])
  })

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'smb://fileserver/share',
    'data:text/html,hi',
    'app://diligent/index.html',
    'https://user:secret@example.com/',
    'not a url',
  ])('hands nothing to the system browser for %j', async (url) => {
    contents.openWindow(url)
    await nextTick()

    expect(openExternal).not.toHaveBeenCalled()
  })

  it('survives the system refusing to open a link (no unhandled rejection)', async () => {
    const unhandled: unknown[] = []
    const onUnhandled = (reason: unknown): void => {
      unhandled.push(reason)
    }
    process.on('unhandledRejection', onUnhandled)
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    openExternal.mockRejectedValue(new Error('Failed to open: no application is associated'))
    try {
      expect(contents.openWindow('https://example.com/')).toStrictEqual({ action: 'deny' })
      await new Promise((resolve) => setTimeout(resolve, 20))
    } finally {
      process.off('unhandledRejection', onUnhandled)
    }

    expect(unhandled).toEqual([])
    expect(warn).toHaveBeenCalledOnce()
  })
})

describe('with the electron-vite dev server', () => {
  const devServerOrigin = 'http://localhost:5173'

  beforeEach(() => {
    contents = new FakeWebContents()
    guardWebContents(contents.asWebContents(), { devServerOrigin, openExternal })
  })

  it.each(['http://localhost:5173/', 'http://localhost:5173/index.html#/settings', APP_ENTRY_URL])(
    'allows navigating to %j',
    (url) => {
      expect(contents.navigate('will-navigate', url)).toBe(false)
    },
  )

  it.each([
    'http://localhost:5174/',
    'https://localhost:5173/',
    'http://127.0.0.1:5173/',
    'https://evil.example/',
  ])('still prevents %j', (url) => {
    expect(contents.navigate('will-navigate', url)).toBe(true)
  })
})

describe('the app', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('guards every webContents it ever creates, not only the main window', async () => {
    startApp()
    await electron.app.becomeReady()
    const mainContents = electron.windows[0]!.webContents
    const later = electron.createWebContents()

    for (const guarded of [mainContents, later]) {
      expect(guarded.navigate('will-navigate', 'https://evil.example/')).toBe(true)
      expect(guarded.navigate('will-redirect', 'https://evil.example/')).toBe(true)
      expect(guarded.attachWebview(APP_ENTRY_URL)).toBe(true)
      expect(guarded.openWindow('https://example.com/')).toStrictEqual({ action: 'deny' })
    }
    await nextTick()
    // The app's opener is Electron's shell, called only after the URL passed the check.
    expect(electron.shell.openExternal.mock.calls).toEqual([
      ['https://example.com/'],
      ['https://example.com/'],
    ])
  })

  it('ignores ELECTRON_RENDERER_URL in a packaged app: the dev server is just another outside URL', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    electron.app.isPackaged = true
    startApp()
    const later = electron.createWebContents()

    expect(later.navigate('will-navigate', 'http://localhost:5173/')).toBe(true)
  })

  it('lets the unpackaged app navigate within the dev server', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    electron.app.isPackaged = false
    startApp()
    const later = electron.createWebContents()

    expect(later.navigate('will-navigate', 'http://localhost:5173/#/settings')).toBe(false)
    expect(later.navigate('will-navigate', 'http://localhost:5174/')).toBe(true)
  })
})
