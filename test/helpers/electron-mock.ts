/**
 * A small fake of the parts of `electron` that main and preload use. The Electron binary is never
 * downloaded in CI, so every test that touches Electron wiring mocks the module with it:
 *
 *   vi.mock('electron', async () => (await import('../helpers/electron-mock')).electronModule)
 *   beforeEach(() => resetElectronMock())
 *
 * `electron` is the current fake (a live binding: reset replaces it). The fakes record their calls
 * with vi.fn, keep the handlers the code installs so tests can fire events through them, log the
 * order of the calls that matter for start-up, and refuse what real Electron refuses before or
 * after `ready`, so a wrong order fails in the tests as it would in the app.
 */
import { EventEmitter } from 'node:events'
import { join } from 'node:path'
import { vi } from 'vitest'
import type {
  BrowserWindowConstructorOptions,
  CallbackResponse,
  CustomScheme,
  HandlerDetails,
  IpcMainInvokeEvent,
  IpcRenderer,
  OnBeforeRequestListenerDetails,
  Session,
  WebContents,
  WebPreferences,
  WindowOpenHandlerResponse,
} from 'electron'

/** Every permission name Electron's session handlers can receive. */
export type PermissionName = Parameters<NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>>[1]
type PermissionRequestHandler = NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>
type PermissionCheckHandler = NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>
type DevicePermissionHandler = NonNullable<Parameters<Session['setDevicePermissionHandler']>[0]>
type BeforeRequestListener = (
  details: OnBeforeRequestListenerDetails,
  callback: (response: CallbackResponse) => void,
) => void
type InvokeListener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown
type ProtocolHandler = (request: Request) => Response | Promise<Response>

export interface FakeEvent {
  url?: string
  defaultPrevented: boolean
  preventDefault: () => void
}

export function createFakeEvent(url?: string): FakeEvent {
  const event: FakeEvent = {
    ...(url === undefined ? {} : { url }),
    defaultPrevented: false,
    preventDefault: vi.fn(() => {
      event.defaultPrevented = true
    }),
  }
  return event
}

export type NavigationEventName = 'will-navigate' | 'will-frame-navigate' | 'will-redirect'

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null
  readonly setWindowOpenHandler = vi.fn((handler: (details: HandlerDetails) => WindowOpenHandlerResponse) => {
    this.windowOpenHandler = handler
  })

  /** Fires a navigation event with Electron's arguments; true when a listener prevented it. */
  navigate(eventName: NavigationEventName, url: string): boolean {
    const event = createFakeEvent(url)
    // will-frame-navigate carries the URL on the event only; the others also pass it as an argument.
    if (eventName === 'will-frame-navigate') this.emit(eventName, event)
    else this.emit(eventName, event, url, false, true)
    return event.defaultPrevented
  }

  /** Fires will-attach-webview for a <webview src>; true when a listener prevented it. */
  attachWebview(src: string): boolean {
    const event = createFakeEvent()
    const webPreferences: WebPreferences = {}
    this.emit('will-attach-webview', event, webPreferences, { src })
    return event.defaultPrevented
  }

  /** What `window.open(url)` (or a target=_blank link) would get from the installed handler. */
  openWindow(url: string): WindowOpenHandlerResponse {
    if (this.windowOpenHandler === null) throw new Error('No window open handler installed')
    return this.windowOpenHandler({
      url,
      frameName: '',
      features: '',
      disposition: 'foreground-tab',
      referrer: { url: '', policy: 'strict-origin-when-cross-origin' },
    })
  }

  asWebContents(): WebContents {
    return this as unknown as WebContents
  }
}

export class FakeBrowserWindow extends EventEmitter {
  readonly webContents = new FakeWebContents()
  readonly loadURL = vi.fn(async (_url: string): Promise<void> => undefined)
  readonly loadFile = vi.fn(async (_path: string): Promise<void> => undefined)
  readonly show = vi.fn()
  readonly focus = vi.fn()
  readonly restore = vi.fn()
  readonly isMinimized = vi.fn(() => false)
  readonly isDestroyed = vi.fn(() => false)

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super()
    electron.log.push('new BrowserWindow')
    if (!electron.app.isReady()) throw new Error('Cannot create BrowserWindow before app is ready')
    electron.windows.push(this)
    electron.app.emit('web-contents-created', createFakeEvent(), this.webContents)
  }

  static getAllWindows(): FakeBrowserWindow[] {
    return electron.windows.filter((window) => !window.isDestroyed())
  }
}

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null
  permissionCheckHandler: PermissionCheckHandler | null = null
  devicePermissionHandler: DevicePermissionHandler | null = null
  beforeRequestListener: BeforeRequestListener | null = null

  readonly setPermissionRequestHandler = vi.fn((handler: PermissionRequestHandler | null) => {
    electron.log.push('session.setPermissionRequestHandler')
    this.permissionRequestHandler = handler
  })
  readonly setPermissionCheckHandler = vi.fn((handler: PermissionCheckHandler | null) => {
    this.permissionCheckHandler = handler
  })
  readonly setDevicePermissionHandler = vi.fn((handler: DevicePermissionHandler | null) => {
    this.devicePermissionHandler = handler
  })
  readonly webRequest = {
    // Electron also accepts (filter, listener); the listener is always the last argument.
    onBeforeRequest: vi.fn((...args: unknown[]) => {
      this.beforeRequestListener = (args.at(-1) as BeforeRequestListener | null) ?? null
    }),
  }

  /** Asks the request handler as Chromium would; resolves with what the handler granted. */
  requestPermission(permission: PermissionName, requestingUrl: string): Promise<boolean> {
    const handler = this.permissionRequestHandler
    if (handler === null) throw new Error('No permission request handler installed')
    const details = { requestingUrl, isMainFrame: true } as Parameters<PermissionRequestHandler>[3]
    return new Promise((resolve) =>
      handler(new FakeWebContents().asWebContents(), permission, resolve, details),
    )
  }

  checkPermission(permission: PermissionName, requestingOrigin: string): boolean {
    const handler = this.permissionCheckHandler
    if (handler === null) throw new Error('No permission check handler installed')
    return handler(null, permission, requestingOrigin, { isMainFrame: true, requestingUrl: requestingOrigin })
  }

  /** Runs the onBeforeRequest listener for one request and returns its verdict. */
  beforeRequest(url: string): CallbackResponse {
    const listener = this.beforeRequestListener
    if (listener === null) throw new Error('No onBeforeRequest listener installed')
    let response: CallbackResponse | undefined
    const details = { id: 1, url, method: 'GET', resourceType: 'xhr', timestamp: 0 }
    listener(details as OnBeforeRequestListenerDetails, (value) => {
      response = value
    })
    if (response === undefined) throw new Error(`onBeforeRequest did not answer for ${url}`)
    return response
  }

  asSession(): Session {
    return this as unknown as Session
  }
}

export class FakeApp extends EventEmitter {
  name = 'Electron'
  isPackaged = true
  hasSingleInstanceLock = true
  private ready = false
  private userDataPath: string | null = null
  private readonly readyPromise: Promise<void>
  private resolveReady: () => void = () => undefined

  constructor() {
    super()
    this.readyPromise = new Promise((resolve) => {
      this.resolveReady = resolve
    })
  }

  readonly setName = vi.fn((name: string) => {
    electron.log.push('app.setName')
    this.name = name
  })
  readonly getName = vi.fn(() => this.name)
  readonly getVersion = vi.fn(() => '9.8.7')
  readonly enableSandbox = vi.fn(() => {
    electron.log.push('app.enableSandbox')
    if (this.ready) throw new Error('app.enableSandbox() can only be called before app is ready')
  })
  readonly requestSingleInstanceLock = vi.fn(() => this.hasSingleInstanceLock)
  readonly quit = vi.fn()
  readonly isReady = vi.fn(() => this.ready)
  readonly whenReady = vi.fn(() => this.readyPromise)
  /** Like Electron, userData is derived from the app name once, the first time anyone reads it. */
  readonly getPath = vi.fn((name: string): string => {
    electron.log.push(`app.getPath(${name})`)
    if (name !== 'userData') return join('/fake', name)
    this.userDataPath ??= join('/fake/appData', this.name)
    return this.userDataPath
  })

  /** Simulates the end of Electron's start-up, then lets the code waiting on whenReady() run. */
  async becomeReady(): Promise<void> {
    electron.log.push('ready')
    this.ready = true
    this.emit('ready')
    this.resolveReady()
    await new Promise((resolve) => setImmediate(resolve))
  }
}

export class FakeProtocol {
  readonly handlers = new Map<string, ProtocolHandler>()
  readonly privilegedSchemes: CustomScheme[] = []

  readonly registerSchemesAsPrivileged = vi.fn((schemes: CustomScheme[]) => {
    electron.log.push('protocol.registerSchemesAsPrivileged')
    if (electron.app.isReady())
      throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready')
    this.privilegedSchemes.push(...schemes)
  })
  readonly handle = vi.fn((scheme: string, handler: ProtocolHandler) => {
    electron.log.push('protocol.handle')
    if (!electron.app.isReady()) throw new Error('protocol.handle can only be used after app is ready')
    this.handlers.set(scheme, handler)
  })
}

export class FakeIpcMain {
  readonly handlers = new Map<string, InvokeListener>()
  readonly handle = vi.fn((channel: string, listener: InvokeListener) => {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    this.handlers.set(channel, listener)
  })
  readonly removeHandler = vi.fn((channel: string) => {
    this.handlers.delete(channel)
  })

  /** Calls a handler the way Electron does for a renderer's `ipcRenderer.invoke(channel, ...args)`. */
  async invoke(channel: string, event: IpcMainInvokeEvent, ...args: unknown[]): Promise<unknown> {
    const listener = this.handlers.get(channel)
    if (listener === undefined) throw new Error(`No handler registered for '${channel}'`)
    return listener(event, ...args)
  }
}

export interface FakeFrame {
  url: string
  parent: FakeFrame | null
}

/** An invoke event from a frame at `url` (a subframe when `parent` is given), or from a gone frame. */
export function createInvokeEvent(frame: FakeFrame | null): IpcMainInvokeEvent {
  return {
    senderFrame: frame,
    sender: new FakeWebContents(),
    frameId: 1,
    processId: 1,
    type: 'frame',
    defaultPrevented: false,
    preventDefault: () => undefined,
  } as unknown as IpcMainInvokeEvent
}

export class FakeIpcRenderer extends EventEmitter {
  readonly invoke = vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => undefined)
  readonly send = vi.fn()
  readonly sendSync = vi.fn()

  /** Delivers a push message from main the way Electron does: an IpcRendererEvent, then the payload. */
  deliver(channel: string, payload: unknown): void {
    this.emit(channel, { sender: this, senderId: 0, ports: [] }, payload)
  }

  asIpcRenderer(): IpcRenderer {
    return this as unknown as IpcRenderer
  }
}

export class ElectronMock {
  /** Start-up calls in the order they happened, with 'ready' where Electron became ready. */
  readonly log: string[] = []
  readonly app = new FakeApp()
  readonly windows: FakeBrowserWindow[] = []
  readonly defaultSession = new FakeSession()
  readonly protocol = new FakeProtocol()
  readonly ipcMain = new FakeIpcMain()
  readonly ipcRenderer = new FakeIpcRenderer()
  readonly exposedInMainWorld: Record<string, unknown> = {}
  readonly shell = { openExternal: vi.fn(async (_url: string): Promise<void> => undefined) }
  readonly dialog = {
    showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })),
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
    showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
  }
  /** Seals by prefixing and reversing, so a test can tell sealed bytes from plain and a foreign blob fails. */
  readonly safeStorage = {
    isEncryptionAvailable: vi.fn(() => true),
    getSelectedStorageBackend: vi.fn((): string => 'gnome_libsecret'),
    encryptString: vi.fn((plain: string) => Buffer.from(`sealed:${[...plain].reverse().join('')}`)),
    decryptString: vi.fn((sealed: Buffer) => {
      const text = sealed.toString()
      if (!text.startsWith('sealed:')) throw new Error('Error while decrypting the ciphertext provided')
      return [...text.slice('sealed:'.length)].reverse().join('')
    }),
  }
  readonly net = {
    fetch: vi.fn(async (url: string): Promise<Response> => {
      throw new Error(`net.fetch(${url}) in a unit test: the app is offline`)
    }),
  }
  readonly contextBridge = {
    exposeInMainWorld: vi.fn((key: string, api: unknown) => {
      if (key in this.exposedInMainWorld) throw new Error(`Cannot bind an API on top of an existing property`)
      this.exposedInMainWorld[key] = api
    }),
  }

  /** A webContents created after start-up (a devtools view, a popup): the app's hook sees it. */
  createWebContents(): FakeWebContents {
    const contents = new FakeWebContents()
    this.app.emit('web-contents-created', createFakeEvent(), contents)
    return contents
  }
}

// A live binding on purpose: after a reset, every importer sees the new fake.
export let electron = new ElectronMock()

export function resetElectronMock(): ElectronMock {
  electron = new ElectronMock()
  return electron
}

/** The object `vi.mock('electron', …)` returns: getters, so a reset swaps every export at once. */
export const electronModule = {
  get app() {
    return electron.app
  },
  BrowserWindow: FakeBrowserWindow,
  get session() {
    return {
      get defaultSession() {
        if (!electron.app.isReady()) throw new Error('Session can only be received when app is ready')
        return electron.defaultSession
      },
    }
  },
  get protocol() {
    return electron.protocol
  },
  get ipcMain() {
    return electron.ipcMain
  },
  get ipcRenderer() {
    return electron.ipcRenderer
  },
  get contextBridge() {
    return electron.contextBridge
  },
  get shell() {
    return electron.shell
  },
  get dialog() {
    return electron.dialog
  },
  get net() {
    return electron.net
  },
  get safeStorage() {
    return electron.safeStorage
  },
  get webContents() {
    return {
      getAllWebContents: () => electron.windows.map((window) => window.webContents),
    }
  },
}
