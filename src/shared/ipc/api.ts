import type { EventName, InvokeChannel } from './channels'
import type { EventPayload, InvokeRequest, InvokeResponse } from './contract'
import type { IpcResult } from './result'

/** The one object the preload exposes as `window.diligent`. Nothing else crosses the bridge. */
export interface DiligentApi {
  invoke<C extends InvokeChannel>(
    channel: C,
    request: InvokeRequest<C>,
  ): Promise<IpcResult<InvokeResponse<C>>>
  /** Subscribes to a push event; returns the function that unsubscribes. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void
}
