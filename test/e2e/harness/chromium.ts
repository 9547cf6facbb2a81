import { existsSync } from 'node:fs'

/** Debian's Chromium; Playwright's own browser download is not possible on these machines. */
export const CHROMIUM_PATH = process.env['DILIGENT_CHROMIUM'] ?? '/usr/bin/chromium'

/** Flags that keep Chromium quiet on a closed network and runnable as root in a container. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
]

export function isChromiumInstalled(): boolean {
  return existsSync(CHROMIUM_PATH)
}
