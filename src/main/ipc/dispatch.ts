import { z } from 'zod'
import { isInvokeChannel } from '../../shared/ipc/channels'
import { invokeContract } from '../../shared/ipc/contract'
import { ipcFail, ipcOk, type IpcResult } from '../../shared/ipc/result'
import type { Handlers } from './handlers'

export type Dispatch = (channel: string, payload: unknown) => Promise<IpcResult<unknown>>

export type ErrorReporter = (channel: string, error: unknown) => void

/**
 * The boundary every call from the renderer crosses, in the app (through ipcMain) and in the
 * browser harness (over HTTP): unknown channels and malformed requests are refused with a clear
 * message before a handler runs, and a handler's failure becomes a result instead of a rejection.
 */
export function createDispatch(handlers: Handlers, reportError: ErrorReporter): Dispatch {
  return async (channel, payload) => {
    if (!isInvokeChannel(channel))
      return ipcFail('unknown-channel', `Unknown channel "${String(channel).slice(0, 80)}"`)
    const { request, response } = invokeContract[channel]
    const parsed = request.safeParse(payload)
    if (!parsed.success) {
      return ipcFail('invalid-request', `Invalid request for ${channel}: ${z.prettifyError(parsed.error)}`)
    }
    try {
      // The channel is a union here, so TypeScript cannot pair the handler with its request type;
      // the schema above has just established that pairing at run time.
      const handler = handlers[channel] as (request: unknown) => Promise<unknown>
      return ipcOk(response.parse(await handler(parsed.data)))
    } catch (error) {
      reportError(channel, error)
      return ipcFail('internal', error instanceof Error ? error.message : 'Unexpected error')
    }
  }
}
