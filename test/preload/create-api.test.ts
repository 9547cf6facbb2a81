import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createDiligentApi } from '../../src/preload/create-api'
import type { DiligentApi } from '../../src/shared/ipc/api'
import {
  EVENT_NAMES,
  INVOKE_CHANNELS,
  type EventName,
  type InvokeChannel,
} from '../../src/shared/ipc/channels'
import type { EventPayload } from '../../src/shared/ipc/contract'
import { electron, FakeIpcRenderer, resetElectronMock } from '../helpers/electron-mock'

vi.mock('electron', async () => (await import('../helpers/electron-mock')).electronModule)

const PROGRESS: EventPayload<'job:progress'> = {
  jobId: '0b7f4c7e-9a55-4f4c-9a43-0c1f3f0a8f11',
  phase: 'clone',
  analyzerId: null,
  done: 3,
  total: 10,
  message: 'Cloning',
}

let ipcRenderer: FakeIpcRenderer
let api: DiligentApi

beforeEach(() => {
  resetElectronMock()
  ipcRenderer = new FakeIpcRenderer()
  api = createDiligentApi(ipcRenderer.asIpcRenderer())
})

/** Every value reachable from `root` through own properties (the page could walk them all). */
function reachable(root: unknown, seen = new Set<unknown>()): Set<unknown> {
  if ((typeof root !== 'object' && typeof root !== 'function') || root === null || seen.has(root)) return seen
  seen.add(root)
  for (const key of Reflect.ownKeys(root)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(root, key)
    if (descriptor && 'value' in descriptor) reachable(descriptor.value, seen)
  }
  return seen
}

describe('the preload script', () => {
  it('exposes exactly one object, window.diligent, through contextBridge', async () => {
    await import('../../src/preload/index')

    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce()
    expect(Object.keys(electron.exposedInMainWorld)).toEqual(['diligent'])
    const exposed = electron.exposedInMainWorld['diligent'] as DiligentApi
    expect(Object.keys(exposed).sort()).toEqual(['invoke', 'on'])
    expect(Object.isFrozen(exposed)).toBe(true)
    // The page must never get ipcRenderer itself, or anything that leads to it.
    expect(reachable(exposed).has(electron.ipcRenderer)).toBe(false)
    for (const value of Object.values(exposed)) expect(typeof value).toBe('function')
  })
})

describe('createDiligentApi', () => {
  it('has only invoke and on, frozen', () => {
    expect(Reflect.ownKeys(api).sort()).toEqual(['invoke', 'on'])
    expect(Object.isFrozen(api)).toBe(true)
    expect(reachable(api).has(ipcRenderer)).toBe(false)
  })

  it.each(INVOKE_CHANNELS)('forwards %s to ipcRenderer.invoke with the request only', async (channel) => {
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: 'answer' })

    await expect(api.invoke(channel, { url: 'https://example.com/' } as never)).resolves.toStrictEqual({
      ok: true,
      value: 'answer',
    })
    expect(ipcRenderer.invoke.mock.calls).toEqual([[channel, { url: 'https://example.com/' }]])
  })

  it.each(['app:delete-everything', '__proto__', 'job:progress', '', 'APP:GET-INFO'])(
    'rejects the unknown channel %j without touching ipcRenderer',
    async (channel) => {
      await expect(api.invoke(channel as InvokeChannel, {} as never)).rejects.toThrow(/^Unknown channel/)
      expect(ipcRenderer.invoke).not.toHaveBeenCalled()
    },
  )

  it('hands a listener the payload alone, never the IpcRendererEvent', () => {
    const listener = vi.fn()
    api.on('job:progress', listener)

    ipcRenderer.deliver('job:progress', PROGRESS)

    expect(listener.mock.calls).toEqual([[PROGRESS]])
  })

  it.each(EVENT_NAMES)('unsubscribes a %s listener with the function it returned', (event) => {
    const listener = vi.fn()
    const unsubscribe = api.on(event, listener)
    expect(ipcRenderer.listenerCount(event)).toBe(1)

    unsubscribe()
    ipcRenderer.deliver(event, PROGRESS)

    expect(ipcRenderer.listenerCount(event)).toBe(0)
    expect(listener).not.toHaveBeenCalled()
  })

  it('unsubscribes only the listener it belongs to', () => {
    const first = vi.fn()
    const second = vi.fn()
    const unsubscribeFirst = api.on('job:finished', first)
    api.on('job:finished', second)

    unsubscribeFirst()
    ipcRenderer.deliver('job:finished', { jobId: PROGRESS.jobId, status: 'succeeded', error: null })

    expect(first).not.toHaveBeenCalled()
    expect(second).toHaveBeenCalledOnce()
  })

  it.each(['app:get-info', 'job:anything', '__proto__', ''])('refuses to subscribe to %j', (event) => {
    expect(() => api.on(event as EventName, vi.fn())).toThrow(/^Unknown event/)
    expect(ipcRenderer.eventNames()).toEqual([])
  })
})
