import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { startApp } from '../../../src/main/index'
import { applySessionPolicy, isRequestAllowed } from '../../../src/main/security/session-policy'
import { APP_ENTRY_URL, APP_ORIGIN } from '../../../src/shared/app-identity'
import { electron, FakeSession, resetElectronMock, type PermissionName } from '../../helpers/electron-mock'

vi.mock('electron', async () => (await import('../../helpers/electron-mock')).electronModule)

/**
 * Every permission Electron 45 can ask about. A Record, so the type checker fails here when an
 * Electron upgrade adds a permission and someone has to decide about it.
 */
const ALL_PERMISSIONS: Record<PermissionName, true> = {
  ar: true,
  'automatic-fullscreen': true,
  'background-fetch': true,
  'background-sync': true,
  'captured-surface-control': true,
  'clipboard-read': true,
  'clipboard-sanitized-write': true,
  'deprecated-sync-clipboard-read': true,
  'display-capture': true,
  fileSystem: true,
  fullscreen: true,
  geolocation: true,
  'geolocation-approximate': true,
  'hand-tracking': true,
  hid: true,
  'idle-detection': true,
  keyboardLock: true,
  'local-fonts': true,
  'local-network': true,
  'local-network-access': true,
  'loopback-network': true,
  media: true,
  mediaKeySystem: true,
  midi: true,
  midiSysex: true,
  nfc: true,
  notifications: true,
  openExternal: true,
  'payment-handler': true,
  'periodic-background-sync': true,
  'persistent-storage': true,
  pointerLock: true,
  'screen-wake-lock': true,
  sensors: true,
  serial: true,
  'smart-card': true,
  'speaker-selection': true,
  'storage-access': true,
  'system-wake-lock': true,
  'top-level-storage-access': true,
  usb: true,
  vr: true,
  'web-app-installation': true,
  'web-printing': true,
  'window-management': true,
  unknown: true,
}

/**
 * What the app itself may have: sanitised clipboard writes (copy buttons), and persistent storage
 * so that navigator.storage.persist() keeps the auditor's IndexedDB safe from eviction.
 */
const GRANTED_TO_APP: PermissionName[] = ['clipboard-sanitized-write', 'persistent-storage']
const DENIED = (Object.keys(ALL_PERMISSIONS) as PermissionName[]).filter(
  (name) => !GRANTED_TO_APP.includes(name),
)

const FOREIGN_ORIGINS = [
  'https://evil.example',
  'http://localhost:5173',
  'file:///',
  'app://other',
  'app://diligent.evil.example',
  'devtools://devtools',
  '',
]

let session: FakeSession

beforeEach(() => {
  resetElectronMock()
  session = new FakeSession()
  applySessionPolicy(session.asSession(), null)
})

describe('permission request handler', () => {
  it.each(DENIED)('denies %s to the app itself', async (permission) => {
    await expect(session.requestPermission(permission, APP_ENTRY_URL)).resolves.toBe(false)
  })

  it.each(GRANTED_TO_APP)('grants %s to the app', async (permission) => {
    await expect(session.requestPermission(permission, APP_ENTRY_URL)).resolves.toBe(true)
  })

  it.each(GRANTED_TO_APP.flatMap((permission) => FOREIGN_ORIGINS.map((origin) => [permission, origin])))(
    'denies %s to %j',
    async (permission, origin) => {
      await expect(session.requestPermission(permission as PermissionName, `${origin}/page`)).resolves.toBe(
        false,
      )
    },
  )

  it('denies names Electron does not know yet', async () => {
    await expect(session.requestPermission('camera' as PermissionName, APP_ENTRY_URL)).resolves.toBe(false)
  })
})

describe('permission check handler', () => {
  it.each(DENIED)('denies %s to the app itself', (permission) => {
    expect(session.checkPermission(permission, APP_ORIGIN)).toBe(false)
  })

  it.each(GRANTED_TO_APP)('grants %s to the app origin', (permission) => {
    expect(session.checkPermission(permission, APP_ORIGIN)).toBe(true)
  })

  it.each(FOREIGN_ORIGINS)('denies even the granted permissions to %j', (origin) => {
    for (const permission of GRANTED_TO_APP) expect(session.checkPermission(permission, origin)).toBe(false)
  })
})

describe('device permission handler', () => {
  it('denies every HID, serial and USB device', () => {
    const handler = session.devicePermissionHandler!
    for (const deviceType of ['hid', 'serial', 'usb'] as const) {
      expect(handler({ deviceType, origin: APP_ORIGIN, device: {} as never })).toBe(false)
    }
  })
})

describe('onBeforeRequest', () => {
  it.each([
    APP_ENTRY_URL,
    'app://diligent/assets/index-3f2a.js',
    'app://diligent/assets/inter.woff2?v=1',
    'devtools://devtools/bundled/inspector.html',
  ])('lets %j through', (url) => {
    expect(session.beforeRequest(url)).toStrictEqual({ cancel: false })
  })

  it.each([
    'https://evil.example/exfiltrate?data=secret',
    'http://evil.example/',
    'http://localhost:5173/src/main.tsx',
    'http://127.0.0.1:8080/',
    'ws://localhost:5173/',
    'wss://evil.example/socket',
    'ftp://files.example/',
    'file:///etc/passwd',
    'file:///C:/Users/auditor/secrets.txt',
    'data:text/html,<script>alert(1)</script>',
    'blob:https://evil.example/5b1b6bd6-7d1f-4bfa-9b1c-2f0d7e1c8a00',
    'app://other/index.html',
    'app://diligent.evil.example/index.html',
    'app://diligent:8080/index.html',
    'chrome-extension://abcdef/script.js',
    'chrome://gpu',
    'javascript:alert(1)',
    'not a url',
    '',
  ])('cancels %j', (url) => {
    expect(session.beforeRequest(url)).toStrictEqual({ cancel: true })
  })
})

describe('with the electron-vite dev server', () => {
  const devServerOrigin = 'http://localhost:5173'

  it.each(['http://localhost:5173/src/main.tsx', 'ws://localhost:5173/', 'ws://localhost:5173/?token=abc'])(
    'lets %j through',
    (url) => {
      expect(isRequestAllowed(url, devServerOrigin)).toBe(true)
    },
  )

  it.each([
    'http://localhost:5174/',
    'https://localhost:5173/',
    'http://127.0.0.1:5173/',
    'ws://localhost:5174/',
    'wss://localhost:5173/',
    'ws://evil.example:5173/',
    'https://evil.example/',
  ])('still cancels %j', (url) => {
    expect(isRequestAllowed(url, devServerOrigin)).toBe(false)
  })

  it('grants the app permissions to the dev server page, and only those', async () => {
    const dev = new FakeSession()
    applySessionPolicy(dev.asSession(), devServerOrigin)

    await expect(dev.requestPermission('clipboard-sanitized-write', `${devServerOrigin}/`)).resolves.toBe(
      true,
    )
    await expect(dev.requestPermission('media', `${devServerOrigin}/`)).resolves.toBe(false)
    await expect(dev.requestPermission('clipboard-sanitized-write', 'http://localhost:5174/')).resolves.toBe(
      false,
    )
  })
})

describe('the app', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('applies the policy to the default session once Electron is ready', async () => {
    startApp()
    expect(electron.defaultSession.setPermissionRequestHandler).not.toHaveBeenCalled()

    await electron.app.becomeReady()

    const applied = electron.defaultSession
    expect(applied.setPermissionRequestHandler).toHaveBeenCalledOnce()
    expect(applied.setPermissionCheckHandler).toHaveBeenCalledOnce()
    expect(applied.setDevicePermissionHandler).toHaveBeenCalledOnce()
    expect(applied.webRequest.onBeforeRequest).toHaveBeenCalledOnce()
    expect(applied.beforeRequest('https://evil.example/')).toStrictEqual({ cancel: true })
    await expect(applied.requestPermission('geolocation', APP_ENTRY_URL)).resolves.toBe(false)
  })

  it('does not open the dev server in a packaged app, even with ELECTRON_RENDERER_URL set', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    electron.app.isPackaged = true
    startApp()
    await electron.app.becomeReady()

    expect(electron.defaultSession.beforeRequest('http://localhost:5173/')).toStrictEqual({ cancel: true })
    expect(electron.defaultSession.beforeRequest('ws://localhost:5173/')).toStrictEqual({ cancel: true })
  })
})
