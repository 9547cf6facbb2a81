import type { EventName, InvokeChannel } from '../../../shared/ipc/channels'
import type { EventPayload, InvokeRequest, InvokeResponse } from '../../../shared/ipc/contract'
import type { IpcError } from '../../../shared/ipc/result'

/** The only module that touches `window.diligent`; the browser harness swaps what is behind it. */
export class IpcCallError extends Error {
  readonly code: IpcError['code']

  constructor(error: IpcError) {
    super(error.message)
    this.name = 'IpcCallError'
    this.code = error.code
  }
}

export async function callMain<C extends InvokeChannel>(
  channel: C,
  request: InvokeRequest<C>,
): Promise<InvokeResponse<C>> {
  const result = await window.diligent.invoke(channel, request)
  if (!result.ok) throw new IpcCallError(result.error)
  return result.value
}

export function onMainEvent<E extends EventName>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
): () => void {
  return window.diligent.on(event, listener)
}
