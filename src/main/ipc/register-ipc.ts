import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { INVOKE_CHANNELS } from '../../shared/ipc/channels'
import { ipcFail } from '../../shared/ipc/result'
import type { Dispatch } from './dispatch'

/** Wires every contract channel to `ipcMain.handle`, refusing calls from anything but the app itself. */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  dispatch: Dispatch,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
): void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, async (event, payload: unknown) => {
      if (!isTrusted(event))
        return ipcFail('forbidden-sender', `Refused ${channel}: the caller is not the app`)
      return dispatch(channel, payload)
    })
  }
}
