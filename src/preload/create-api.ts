import type { IpcRenderer, IpcRendererEvent } from 'electron'
import type { DiligentApi } from '../shared/ipc/api'
import { isEventName, isInvokeChannel } from '../shared/ipc/channels'

/**
 * Builds `window.diligent` over ipcRenderer. Only contract channels pass, and listeners receive
 * the payload alone, never the IpcRendererEvent (which would hand the page `sender`).
 */
export function createDiligentApi(
  ipcRenderer: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>,
): DiligentApi {
  const api: DiligentApi = {
    invoke(channel, request) {
      if (!isInvokeChannel(channel)) return Promise.reject(new Error(`Unknown channel "${String(channel)}"`))
      return ipcRenderer.invoke(channel, request)
    },
    on(event, listener) {
      if (!isEventName(event)) throw new Error(`Unknown event "${String(event)}"`)
      const forward = (_event: IpcRendererEvent, payload: unknown): void => listener(payload as never)
      ipcRenderer.on(event, forward)
      return () => {
        ipcRenderer.removeListener(event, forward)
      }
    },
  }
  return Object.freeze(api)
}
