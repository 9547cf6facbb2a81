import type { IpcMainInvokeEvent } from 'electron'
import { isAppUrl } from '../security/app-url'

/**
 * Only the app's own top-level frame may call main. `senderFrame` is null when the frame has
 * navigated or been destroyed since sending, and a subframe could host foreign content.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, devServerOrigin: string | null): boolean {
  const frame = event.senderFrame
  if (frame === null || frame.parent !== null) return false
  return isAppUrl(frame.url, devServerOrigin)
}
