import type { Session } from 'electron'
import { isAppUrl } from './app-url'

/**
 * The only permissions the renderer ever gets: writing sanitised text to the clipboard, and
 * `navigator.storage.persist()` (Chromium's DURABLE_STORAGE, which Electron names
 * 'persistent-storage'), so the auditor's IndexedDB is never evicted under storage pressure.
 */
const GRANTED_PERMISSIONS = new Set(['clipboard-sanitized-write', 'persistent-storage'])

/** Dev tools load from devtools://; everything else outside the app is cancelled. */
const ALLOWED_NON_APP_PROTOCOLS = new Set(['devtools:'])

export function isRequestAllowed(url: string, devServerOrigin: string | null): boolean {
  if (isAppUrl(url, devServerOrigin)) return true
  try {
    const parsed = new URL(url)
    if (ALLOWED_NON_APP_PROTOCOLS.has(parsed.protocol)) return true
    // electron-vite's dev server pushes hot updates over a websocket on the same host and port.
    if (devServerOrigin !== null && parsed.protocol === 'ws:')
      return parsed.host === new URL(devServerOrigin).host
  } catch {
    return false
  }
  return false
}

export function isPermissionGranted(
  permission: string,
  requestingUrl: string,
  devServerOrigin: string | null,
): boolean {
  return GRANTED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl, devServerOrigin)
}

/**
 * Electron grants every permission unless told otherwise, and lets the page fetch anything: this
 * policy denies permissions by default and cancels every request that does not stay in the app,
 * which is both the offline guarantee and the stop on exfiltration.
 */
export function applySessionPolicy(session: Session, devServerOrigin: string | null): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl, devServerOrigin))
  })
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, devServerOrigin),
  )
  session.setDevicePermissionHandler(() => false)
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isRequestAllowed(details.url, devServerOrigin) })
  })
}
