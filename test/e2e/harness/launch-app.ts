import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { backupFileSystem } from '../../../src/main/backup/backup-file-system'
import { runAudit } from '../../../src/main/engine'
import { createDispatch } from '../../../src/main/ipc/dispatch'
import { createHandlers } from '../../../src/main/ipc/handlers'
import { createAuditJobs, type EmitEvent } from '../../../src/main/jobs/audit-jobs'
import { importOsvDatabase } from '../../../src/main/engine/vulnerabilities/osv-import'
import { readOsvDatabaseInfo } from '../../../src/main/engine/vulnerabilities/osv-store'
import { EXPORT_BUILDERS } from '../../../src/main/exports/builders'
import { writeFileAtomically } from '../../../src/main/engine/files/write-atomically'
import { createRepoSourceCheck } from '../../../src/main/repo-source-check'
import { createFreshness } from '../../../src/main/freshness/create-freshness'
import { bundledSecretRules } from '../../../src/main/engine/secrets/rule-pack'
import { secretRedactor } from '../../../src/main/sarif-import/redact-imported-text'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium'
import { fakeRegistryFetch, type FakePackument } from './fake-registry'
import { startHarnessServer, type HarnessServer } from './harness-server'
import { installHttpBridge } from './install-http-bridge'

const RENDERER_DIR = resolve('out/renderer')
export const SCREENSHOT_DIR = resolve('test-results/screenshots')

export interface LaunchedApp {
  page: Page
  server: HarnessServer
  /** URLs main was asked to open in the system browser. */
  openedExternally: string[]
  /** Where the save dialog put each backup, in order; the files are in the harness's temp folder. */
  savedBackups: string[]
  /** Where each export was written, in order. */
  savedExports: string[]
  /** Every URL online checks asked the (fake) npm registry for, in order. */
  registryRequests: string[]
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

/** A fixed key, so redacted values are the same on every run of the suite. */
const TEST_REDACTION_KEY = Buffer.alloc(32, 7)

export interface LaunchOptions {
  /** What the folder picker answers, as if the auditor had chosen it. */
  pickedFolder?: string | null
  /** Wraps the engine, e.g. to slow it down so a test can cancel mid-run. */
  wrapAudit?: (audit: typeof runAudit) => typeof runAudit
  /** The OSV export the import dialog answers with; a cancel when absent. */
  osvSource?: string
  /** The file the open dialog answers with; by default the last backup saved, or a cancel if none was. */
  backupToOpen?: string
  /** The SARIF files the import dialog answers with, one per import in order; a cancel once used up. */
  sarifFiles?: string[]
  /** What the stand-in for registry.npmjs.org knows; every other package is a 404. */
  registryPackuments?: FakePackument[]
}

/**
 * Starts the real renderer build in Chromium, backed by the real main handlers and the real engine
 * (in-process) over HTTP. Each launch is a fresh browser profile, so IndexedDB starts empty and
 * survives reloads of the page.
 */
export async function launchApp(options: LaunchOptions = {}): Promise<LaunchedApp> {
  const workDir = await mkdtemp(join(tmpdir(), 'diligent-e2e-'))
  const openedExternally: string[] = []
  const savedBackups: string[] = []
  const savedExports: string[] = []
  const registryRequests: string[] = []
  const sarifFiles = [...(options.sarifFiles ?? [])]
  const backupDir = join(workDir, 'backups')
  const problems: LaunchedApp['problems'] = {
    consoleErrors: [],
    cspViolations: [],
    foreignRequests: [],
    ipcErrors: [],
  }
  const cloneCacheDirectory = join(workDir, 'clones')
  const dataDirectory = join(workDir, 'user-data')
  const vulnerabilityDatabaseDir = join(dataDirectory, 'vulnerability-database')
  const audit = options.wrapAudit ? options.wrapAudit(runAudit) : runAudit
  // The handlers need somewhere to send events before the server that carries them exists.
  let server: HarnessServer | null = null
  const emit: EmitEvent = (event, payload) => server?.emit(event, payload)
  const handlers = createHandlers({
    app: { name: 'Diligent', version: '0.0.0-e2e', electronVersion: null, platform: process.platform },
    paths: { dataDirectory, cloneCacheDirectory },
    openExternal: async (url) => {
      openedExternally.push(url)
    },
    pickFolder: async () => options.pickedFolder ?? null,
    checkSource: createRepoSourceCheck([dataDirectory, cloneCacheDirectory]),
    audits: createAuditJobs(
      (spec, hooks) =>
        audit(
          spec,
          { cacheDir: cloneCacheDirectory, vulnerabilityDatabaseDir, redactionKey: TEST_REDACTION_KEY },
          hooks,
        ),
      emit,
    ),
    vulnerabilityDatabase: {
      chooseSource: async () => options.osvSource ?? null,
      importFrom: (source) => importOsvDatabase(source, vulnerabilityDatabaseDir),
      current: () => readOsvDatabaseInfo(vulnerabilityDatabaseDir),
    },
    sarifFiles: {
      chooseFile: async () => sarifFiles.shift() ?? null,
      stat: backupFileSystem.stat,
      readFile: backupFileSystem.readFile,
      redact: async () => secretRedactor(bundledSecretRules(), TEST_REDACTION_KEY),
    },
    exports: {
      // The save dialog answers with the suggested name in the harness's own folder.
      chooseSavePath: async (_kind, suggestedName) => {
        await mkdir(join(workDir, 'exports'), { recursive: true })
        const path = join(workDir, 'exports', suggestedName)
        savedExports.push(path)
        return path
      },
      build: EXPORT_BUILDERS,
      writeFile: writeFileAtomically,
    },
    backupFiles: {
      ...backupFileSystem,
      chooseSavePath: async (suggestedName) => {
        await mkdir(backupDir, { recursive: true })
        const path = join(backupDir, suggestedName)
        savedBackups.push(path)
        return path
      },
      chooseOpenPath: async () => options.backupToOpen ?? savedBackups.at(-1) ?? null,
    },
    ...createFreshness(dataDirectory, fakeRegistryFetch(options.registryPackuments ?? [], registryRequests)),
  })
  const dispatch = createDispatch(handlers, (channel, error) =>
    problems.ipcErrors.push(`${channel}: ${String(error)}`),
  )
  const harness = await startHarnessServer(RENDERER_DIR, dispatch)
  server = harness

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
    if (!request.url().startsWith(harness.url) && !request.url().startsWith('data:')) {
      problems.foreignRequests.push(request.url())
    }
  })
  await page.goto(harness.url)

  return {
    page,
    server: harness,
    openedExternally,
    savedBackups,
    savedExports,
    registryRequests,
    problems,
    async screenshot(name) {
      await mkdir(SCREENSHOT_DIR, { recursive: true })
      await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true })
    },
    async close() {
      await context.close()
      await browser.close()
      await harness.close()
      await rm(workDir, { recursive: true, force: true })
    },
  }
}
