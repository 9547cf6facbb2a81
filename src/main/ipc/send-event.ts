import type { WebContents } from 'electron'
import type { EventName } from '../../shared/ipc/channels'
import { eventContract, type EventPayload } from '../../shared/ipc/contract'

/** Pushes a contract event to a window, validated so the renderer only ever receives what the contract says. */
export function sendEvent<E extends EventName>(
  contents: Pick<WebContents, 'send' | 'isDestroyed'>,
  event: E,
  payload: EventPayload<E>,
): void {
  if (contents.isDestroyed()) return
  contents.send(event, eventContract[event].parse(payload))
}
