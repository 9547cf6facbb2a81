const EXTERNAL_PROTOCOLS = new Set(['https:', 'http:'])

/** Only plain web links leave the app: no file:, smb:, javascript: or custom handlers, no credentials. */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  return EXTERNAL_PROTOCOLS.has(parsed.protocol) && parsed.username === '' && parsed.password === ''
}

/** Opens `url` in the system browser if it is safe; the opener is injected so tests can watch it. */
export async function openExternalIfSafe(
  url: string,
  openExternal: (url: string) => Promise<void>,
): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false
  await openExternal(new URL(url).toString())
  return true
}
