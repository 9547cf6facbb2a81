import { session, type Session } from 'electron'
import type { RegistryFetch } from './npm-registry-client'
import { isRegistryUrl } from './registry-url'

/**
 * Online checks go through their own session, kept in memory (no `persist:` prefix): the window's session
 * cancels every request outside the app (the offline guarantee), and this one lets through only
 * registry.npmjs.org, with no cookies or permissions. It is made on first use, after Electron is ready.
 */
const PARTITION = 'diligent-npm-registry'

let registrySession: Session | null = null

function lockedDownRegistrySession(): Session {
  const registry = session.fromPartition(PARTITION)
  registry.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  registry.setPermissionCheckHandler(() => false)
  registry.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isRegistryUrl(details.url) }),
  )
  return registry
}

export const registrySessionFetch: RegistryFetch = (url, init) => {
  registrySession ??= lockedDownRegistrySession()
  return registrySession.fetch(url, init)
}
