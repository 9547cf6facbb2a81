import type { WebContents } from 'electron'
import { isAppUrl } from './app-url'
import { openExternalIfSafe } from './external-links'

export interface NavigationGuardOptions {
  devServerOrigin: string | null
  openExternal: (url: string) => Promise<void>
}

/**
 * Applied to every webContents the app ever creates: the window never navigates away from the
 * app, never opens another window (http(s) links go to the system browser instead) and never
 * attaches a <webview>.
 */
export function guardWebContents(contents: WebContents, options: NavigationGuardOptions): void {
  const isOwnUrl = (url: string): boolean => isAppUrl(url, options.devServerOrigin)

  contents.setWindowOpenHandler(({ url }) => {
    // Fire and forget, but never unhandled: the OS rejects when no browser is set for the link.
    openExternalIfSafe(url, options.openExternal).catch((error: unknown) =>
      console.warn('[security] could not open an external link', error),
    )
    return { action: 'deny' }
  })
  contents.on('will-navigate', (event, url) => {
    if (!isOwnUrl(url)) event.preventDefault()
  })
  contents.on('will-frame-navigate', (event) => {
    if (!isOwnUrl(event.url)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isOwnUrl(url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}
