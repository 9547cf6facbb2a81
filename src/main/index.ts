import { join } from 'node:path'
import { app, BrowserWindow, ipcMain, protocol, session, shell } from 'electron'
import { APP_NAME, APP_SCHEME } from '../shared/app-identity'
import { createElectronHandlerDeps } from './electron-handler-deps'
import { createDispatch } from './ipc/dispatch'
import { createHandlers } from './ipc/handlers'
import { registerIpc } from './ipc/register-ipc'
import { isTrustedSender } from './ipc/trusted-sender'
import { APP_SCHEME_PRIVILEGES, createAppFileHandler } from './protocol/app-protocol'
import { guardWebContents } from './security/navigation-guards'
import { applySessionPolicy } from './security/session-policy'
import { createMainWindow } from './window'

/** App lifecycle only: every policy lives in its own module and is unit-tested there. */
export function startApp(): void {
  const devServerUrl = app.isPackaged ? null : (process.env['ELECTRON_RENDERER_URL'] ?? null)
  const devServerOrigin = devServerUrl === null ? null : new URL(devServerUrl).origin
  const openExternal = (url: string): Promise<void> => shell.openExternal(url)

  // Fixed from the first release: the name decides userData, the scheme the IndexedDB origin.
  app.setName(APP_NAME)
  app.enableSandbox()
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }

  app.on('web-contents-created', (_event, contents) =>
    guardWebContents(contents, { devServerOrigin, openExternal }),
  )

  const handlers = createHandlers(createElectronHandlerDeps())
  const reportError = (channel: string, error: unknown): void =>
    console.error(`[ipc] ${channel} failed`, error)
  registerIpc(ipcMain, createDispatch(handlers, reportError), (event) =>
    isTrustedSender(event, devServerOrigin),
  )

  const openWindow = (): BrowserWindow =>
    createMainWindow({
      preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
      isPackaged: app.isPackaged,
      devServerUrl,
    })

  let mainWindow: BrowserWindow | null = null
  app.on('second-instance', () => {
    if (mainWindow === null || mainWindow.isDestroyed()) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  void app.whenReady().then(() => {
    applySessionPolicy(session.defaultSession, devServerOrigin)
    protocol.handle(APP_SCHEME, createAppFileHandler(join(import.meta.dirname, '../renderer')))
    mainWindow = openWindow()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = openWindow()
    })
  })
}

startApp()
