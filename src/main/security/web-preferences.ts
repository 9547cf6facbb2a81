import type { WebPreferences } from 'electron'

/**
 * The renderer's settings, frozen so nothing can loosen them at run time. Every value is spelled
 * out, including Electron's defaults, so a future default change cannot weaken the window.
 */
export function createSecureWebPreferences(
  preloadPath: string,
  isPackaged: boolean,
): Readonly<WebPreferences> {
  return Object.freeze({
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // Chromium's spellchecker downloads dictionaries from a Google CDN: off, to stay offline.
    spellcheck: false,
    // Middle-click would open links in new windows without going through the window-open handler.
    disableBlinkFeatures: 'Auxclick',
    devTools: !isPackaged,
    safeDialogs: true,
  })
}
