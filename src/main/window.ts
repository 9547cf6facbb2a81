import { BrowserWindow } from 'electron'
import { APP_ENTRY_URL, APP_NAME } from '../shared/app-identity'
import { createSecureWebPreferences } from './security/web-preferences'

export interface MainWindowOptions {
  preloadPath: string
  isPackaged: boolean
  /** electron-vite's dev server URL in `npm run dev`; null in every built app. */
  devServerUrl: string | null
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: APP_NAME,
    width: 1360,
    height: 880,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#f8f9fa',
    webPreferences: createSecureWebPreferences(options.preloadPath, options.isPackaged),
  })
  window.once('ready-to-show', () => window.show())
  // Never loadFile(): file:// pages get extra privileges, and the storage origin must stay app://.
  void window.loadURL(options.devServerUrl ?? APP_ENTRY_URL)
  return window
}
