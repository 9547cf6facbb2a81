import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { createDispatch } from '../../../src/main/ipc/dispatch'
import { createHandlers } from '../../../src/main/ipc/handlers'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium'
import { startHarnessServer, type HarnessServer } from './harness-server'
import { installHttpBridge } from './install-http-bridge'

const RENDERER_DIR = resolve('out/renderer')
export const SCREENSHOT_DIR = resolve('test-results/screenshots')

export interface LaunchedApp {
  page: Page
  server: HarnessServer
  /** URLs main was asked to open in the system browser. */
  openedExternally: string[]
  /** Problems a clean run must not have; tests assert these stay empty. */
  problems: {
    consoleErrors: string[]
    cspViolations: string[]
    foreignRequests: string[]
    ipcErrors: string[]
  }
  screenshot(name: string): Promise<void>
  close(): Promise<void>
}

/**
 * Starts the real renderer build in Chromium, backed by the real main handlers over HTTP. Each
 * launch is a fresh browser profile, so IndexedDB starts empty and survives reloads of the page.
 */
export async function launchApp(): Promise<LaunchedApp> {
  const workDir = await mkdtemp(join(tmpdir(), 'diligent-e2e-'))
  const openedExternally: string[] = []
  const problems: LaunchedApp['problems'] = {
    consoleErrors: [],
    cspViolations: [],
    foreignRequests: [],
    ipcErrors: [],
  }
  const handlers = createHandlers({
    app: { name: 'Diligent', version: '0.0.0-e2e', electronVersion: null, platform: process.platform },
    paths: { dataDirectory: join(workDir, 'user-data'), cloneCacheDirectory: join(workDir, 'clones') },
    openExternal: async (url) => {
      openedExternally.push(url)
    },
  })
  const dispatch = createDispatch(handlers, (channel, error) =>
    problems.ipcErrors.push(`${channel}: ${String(error)}`),
  )
  const server = await startHarnessServer(RENDERER_DIR, dispatch)

  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1360, height: 860 } })
  await context.addInitScript(installHttpBridge)
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  const page = await context.newPage()
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    const text = message.text()
    if (text.startsWith('CSP violation')) problems.cspViolations.push(text)
    else problems.consoleErrors.push(text)
  })
  page.on('pageerror', (error) => problems.consoleErrors.push(error.message))
  page.on('request', (request) => {
    if (!request.url().startsWith(server.url) && !request.url().startsWith('data:')) {
      problems.foreignRequests.push(request.url())
    }
  })
  await page.goto(server.url)

  return {
    page,
    server,
    openedExternally,
    problems,
    async screenshot(name) {
      await mkdir(SCREENSHOT_DIR, { recursive: true })
      await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true })
    },
    async close() {
      await context.close()
      await browser.close()
      await server.close()
      await rm(workDir, { recursive: true, force: true })
    },
  }
}
