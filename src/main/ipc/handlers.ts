import type { InvokeChannel } from '../../shared/ipc/channels'
import type { AppInfo, InvokeRequest, InvokeResponse } from '../../shared/ipc/contract'
import { openExternalIfSafe } from '../security/external-links'

/** What the handlers need from the outside world; Electron provides it in the app, tests fake it. */
export interface HandlerDeps {
  app: {
    name: string
    version: string
    electronVersion: string | null
    platform: string
  }
  paths: {
    /** Electron's userData: settings and the renderer's IndexedDB. */
    dataDirectory: string
    /** Clones of audited repositories: large and confidential, so kept out of roaming profiles. */
    cloneCacheDirectory: string
  }
  openExternal: (url: string) => Promise<void>
}

/** One handler per invoke channel; a channel without a handler is a compile error. */
export type Handlers = {
  [C in InvokeChannel]: (request: InvokeRequest<C>) => Promise<InvokeResponse<C>>
}

export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    'app:get-info': async (): Promise<AppInfo> => ({
      ...deps.app,
      dataDirectory: deps.paths.dataDirectory,
      cloneCacheDirectory: deps.paths.cloneCacheDirectory,
    }),
    'shell:open-external': async ({ url }) => ({ opened: await openExternalIfSafe(url, deps.openExternal) }),
  }
}
