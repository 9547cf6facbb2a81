import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { startApp } from '../../../src/main/index'
import type { Dispatch } from '../../../src/main/ipc/dispatch'
import { registerIpc } from '../../../src/main/ipc/register-ipc'
import { isTrustedSender } from '../../../src/main/ipc/trusted-sender'
import { APP_ENTRY_URL } from '../../../src/shared/app-identity'
import { INVOKE_CHANNELS } from '../../../src/shared/ipc/channels'
import { ipcOk } from '../../../src/shared/ipc/result'
import {
  createInvokeEvent,
  electron,
  FakeIpcMain,
  resetElectronMock,
  type FakeFrame,
} from '../../helpers/electron-mock'

vi.mock('electron', async () => (await import('../../helpers/electron-mock')).electronModule)

const APP_FRAME: FakeFrame = { url: APP_ENTRY_URL, parent: null }

/** Senders that must never reach a handler: foreign pages, subframes, and frames that are gone. */
const FOREIGN_SENDERS: [string, FakeFrame | null][] = [
  ['a foreign https page', { url: 'https://evil.example/', parent: null }],
  ['a file:// page', { url: 'file:///tmp/evil.html', parent: null }],
  ['another app:// host', { url: 'app://other/index.html', parent: null }],
  ['a look-alike host', { url: 'app://diligent.evil.example/index.html', parent: null }],
  ['another port', { url: 'app://diligent:8080/index.html', parent: null }],
  ['a data: page', { url: 'data:text/html,<script>1</script>', parent: null }],
  ['about:blank', { url: 'about:blank', parent: null }],
  ['the dev server in a built app', { url: 'http://localhost:5173/', parent: null }],
  ['an app:// subframe', { url: APP_ENTRY_URL, parent: APP_FRAME }],
  ['a foreign subframe of the app', { url: 'https://evil.example/', parent: APP_FRAME }],
  ['a frame that navigated away or was destroyed', null],
]

let ipcMain: FakeIpcMain

beforeEach(() => {
  resetElectronMock()
  ipcMain = new FakeIpcMain()
})

describe('registerIpc', () => {
  it('registers one handler for each contract channel, and nothing else', () => {
    registerIpc(ipcMain, vi.fn<Dispatch>(), () => true)

    expect([...ipcMain.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort())
    expect(ipcMain.handle).toHaveBeenCalledTimes(INVOKE_CHANNELS.length)
  })

  it.each(INVOKE_CHANNELS)(
    'passes a trusted call on %s to dispatch and returns its result',
    async (channel) => {
      const dispatch = vi.fn<Dispatch>(async () => ipcOk('done'))
      registerIpc(ipcMain, dispatch, () => true)

      const result = await ipcMain.invoke(
        channel,
        createInvokeEvent(APP_FRAME),
        { any: 'payload' },
        'ignored',
      )

      expect(result).toStrictEqual({ ok: true, value: 'done' })
      expect(dispatch.mock.calls).toEqual([[channel, { any: 'payload' }]])
    },
  )

  it.each(INVOKE_CHANNELS)('refuses an untrusted call on %s without running dispatch', async (channel) => {
    const dispatch = vi.fn<Dispatch>(async () => ipcOk('done'))
    const isTrusted = vi.fn(() => false)
    registerIpc(ipcMain, dispatch, isTrusted)
    const event = createInvokeEvent({ url: 'https://evil.example/', parent: null })

    const result = await ipcMain.invoke(channel, event, {})

    expect(result).toStrictEqual({
      ok: false,
      error: { code: 'forbidden-sender', message: `Refused ${channel}: the caller is not the app` },
    })
    expect(isTrusted).toHaveBeenCalledWith(event)
    expect(dispatch).not.toHaveBeenCalled()
  })
})

describe('isTrustedSender', () => {
  it("trusts the app's own top-level frame", () => {
    expect(isTrustedSender(createInvokeEvent(APP_FRAME), null)).toBe(true)
    expect(isTrustedSender(createInvokeEvent({ url: 'app://diligent/#/settings', parent: null }), null)).toBe(
      true,
    )
  })

  it.each(FOREIGN_SENDERS)('refuses %s', (_label, frame) => {
    expect(isTrustedSender(createInvokeEvent(frame), null)).toBe(false)
  })

  it('trusts the dev server top frame only while developing, and only its exact origin', () => {
    const devServerOrigin = 'http://localhost:5173'
    const from = (url: string, parent: FakeFrame | null = null): boolean =>
      isTrustedSender(createInvokeEvent({ url, parent }), devServerOrigin)

    expect(from('http://localhost:5173/#/settings')).toBe(true)
    expect(from('http://localhost:5174/')).toBe(false)
    expect(from('http://127.0.0.1:5173/')).toBe(false)
    expect(from('http://localhost:5173/', { url: 'http://localhost:5173/', parent: null })).toBe(false)
  })
})

describe('the app', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('registers the contract channels before the window can exist', () => {
    startApp()

    expect(electron.app.isReady()).toBe(false)
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort())
  })

  it.each(FOREIGN_SENDERS)('refuses a call from %s', async (_label, frame) => {
    startApp()

    const result = await electron.ipcMain.invoke('app:get-info', createInvokeEvent(frame), {})

    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
  })

  it('answers app:get-info from the app with its identity and folders', async () => {
    startApp()

    const result = await electron.ipcMain.invoke('app:get-info', createInvokeEvent(APP_FRAME), {})

    expect(result).toMatchObject({
      ok: true,
      value: {
        name: 'Diligent',
        version: '9.8.7',
        platform: process.platform,
        // userData read after app.setName: the folder carries the fixed app name.
        dataDirectory: '/fake/appData/Diligent',
      },
    })
  })

  it('opens only safe links through shell:open-external', async () => {
    startApp()
    const open = (url: string): Promise<unknown> =>
      electron.ipcMain.invoke('shell:open-external', createInvokeEvent(APP_FRAME), { url })

    await expect(open('file:///etc/passwd')).resolves.toStrictEqual({ ok: true, value: { opened: false } })
    await expect(open('javascript:alert(1)')).resolves.toStrictEqual({ ok: true, value: { opened: false } })
    expect(electron.shell.openExternal).not.toHaveBeenCalled()

    await expect(open('https://example.com/')).resolves.toStrictEqual({ ok: true, value: { opened: true } })
    expect(electron.shell.openExternal.mock.calls).toEqual([['https://example.com/']])
  })

  it('turns a failing system browser into an internal error result, not a rejection', async () => {
    const report = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    startApp()
    electron.shell.openExternal.mockRejectedValueOnce(new Error('Failed to open'))

    const result = await electron.ipcMain.invoke('shell:open-external', createInvokeEvent(APP_FRAME), {
      url: 'https://example.com/',
    })

    expect(result).toStrictEqual({ ok: false, error: { code: 'internal', message: 'Failed to open' } })
    expect(report).toHaveBeenCalledOnce()
  })

  it('trusts the dev server page only in an unpackaged app', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    const devFrame = { url: 'http://localhost:5173/', parent: null }

    electron.app.isPackaged = false
    startApp()
    const dev = await electron.ipcMain.invoke('app:get-info', createInvokeEvent(devFrame), {})

    resetElectronMock().app.isPackaged = true
    startApp()
    const packaged = await electron.ipcMain.invoke('app:get-info', createInvokeEvent(devFrame), {})

    expect(dev).toMatchObject({ ok: true })
    expect(packaged).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
  })
})
