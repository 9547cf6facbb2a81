import { APP_HOST, APP_SCHEME } from '../../shared/app-identity'

/**
 * True for URLs of the app's own origin. Compares protocol and host: Node's URL reports the
 * origin of a custom scheme as the string "null", so origin comparisons would match nothing.
 */
export function isAppUrl(url: string, devServerOrigin: string | null = null): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true
  return devServerOrigin !== null && parsed.origin === devServerOrigin
}
