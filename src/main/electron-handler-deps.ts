import { homedir } from 'node:os'
import { join } from 'node:path'
import { app, BrowserWindow, dialog, shell, utilityProcess } from 'electron'
import { APP_NAME } from '../shared/app-identity'
import { cloneCacheDirectory } from './app-paths'
import { EXPORT_KINDS, SBOM_FILE } from '../shared/report/export-kinds'
import { backupFileSystem } from './backup/backup-file-system'
import { EXPORT_BUILDERS } from './exports/builders'
import type { ExportDeps } from './exports/export-handlers'
import { importOsvDatabase } from './engine/vulnerabilities/osv-import'
import { readOsvDatabaseInfo } from './engine/vulnerabilities/osv-store'
import type { VulnerabilityDatabaseDeps } from './vulnerability-database'
import { writeFileAtomically } from './engine/files/write-atomically'
import { loadOrCreateRedactionKey } from './engine/secrets/redaction-key-file'
import { bundledSecretRules } from './engine/secrets/rule-pack'
import { safeStorageSealer } from './redaction-key-sealer'
import { secretRedactor } from './sarif-import/redact-imported-text'
import type { BackupFileDeps } from './backup/backup-handlers'
import { createFreshness } from './freshness/create-freshness'
import { registrySessionFetch } from './freshness/registry-session'
import type { HandlerDeps } from './ipc/handlers'
import { createAuditJobs, type EmitEvent } from './jobs/audit-jobs'
import { runAuditInProcess, type EngineProcess } from './jobs/engine-process'
import { createRepoSourceCheck } from './repo-source-check'
import { sendEvent } from './ipc/send-event'

/** Starts the engine in its own OS process: a crash or out-of-memory there cannot take the window down. */
function launchEngineProcess(): EngineProcess {
  const child = utilityProcess.fork(join(import.meta.dirname, 'engine.js'), [], {
    serviceName: `${APP_NAME} analysis`,
  })
  return {
    postMessage: (message) => child.postMessage(message),
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.on('exit', listener),
    kill: () => {
      child.kill()
    },
  }
}

const emitToWindows: EmitEvent = (event, payload) => {
  for (const window of BrowserWindow.getAllWindows()) sendEvent(window.webContents, event, payload)
}

/** A native save dialog, modal to the focused window when there is one; null when cancelled. */
async function chooseSavePath(
  title: string,
  suggestedName: string,
  filters: { name: string; extensions: string[] }[],
): Promise<string | null> {
  const window = BrowserWindow.getFocusedWindow()
  const options = { title, defaultPath: join(app.getPath('documents'), suggestedName), filters }
  const chosen = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
  return chosen.canceled || chosen.filePath === '' ? null : chosen.filePath
}

/** A native open dialog for one file, modal to the focused window when there is one; null when cancelled. */
async function chooseOpenFile(
  title: string,
  filters: { name: string; extensions: string[] }[],
): Promise<string | null> {
  const window = BrowserWindow.getFocusedWindow()
  const options = { title, properties: ['openFile' as const], filters }
  const chosen = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
  return chosen.canceled ? null : (chosen.filePaths[0] ?? null)
}

const BACKUP_FILTERS = [{ name: 'Diligent backup', extensions: ['json'] }]

const backupDialogs: Pick<BackupFileDeps, 'chooseSavePath' | 'chooseOpenPath'> = {
  chooseSavePath: (suggestedName) => chooseSavePath('Save engagement backup', suggestedName, BACKUP_FILTERS),
  chooseOpenPath: () => chooseOpenFile('Restore engagement backup', BACKUP_FILTERS),
}

/** Tools name their SARIF files .sarif or .sarif.json (GitHub's upload accepts both). */
const SARIF_FILTERS = [
  { name: 'SARIF log', extensions: ['sarif', 'json'] },
  { name: 'All files', extensions: ['*'] },
]

const exportDeps: ExportDeps = {
  chooseSavePath: (kind, suggestedName) => {
    const { label, extension, fileType } = kind === 'sbom' ? SBOM_FILE : EXPORT_KINDS[kind]
    return chooseSavePath(`Export ${label.toLowerCase()}`, suggestedName, [
      { name: fileType, extensions: [extension] },
    ])
  },
  build: EXPORT_BUILDERS,
  writeFile: writeFileAtomically,
}

/** The auditor's imported OSV database, in the app's data folder so it survives updates. */
function vulnerabilityDatabaseDeps(directory: string): VulnerabilityDatabaseDeps {
  return {
    chooseSource: () =>
      chooseOpenFile('Import an OSV export for npm (all.zip)', [{ name: 'OSV export', extensions: ['zip'] }]),
    importFrom: (source) => importOsvDatabase(source, directory),
    current: () => readOsvDatabaseInfo(directory),
  }
}

/** The handlers' dependencies, as Electron provides them in the app. */
export function createElectronHandlerDeps(): HandlerDeps {
  const paths = {
    dataDirectory: app.getPath('userData'),
    cloneCacheDirectory: cloneCacheDirectory(process.platform, process.env, homedir()),
  }
  const vulnerabilityDatabaseDir = join(paths.dataDirectory, 'vulnerability-database')
  let installKey: Promise<Buffer> | null = null
  // The install's key, read or created once, on the first audit.
  const redactionKey = (): Promise<Buffer> =>
    (installKey ??= loadOrCreateRedactionKey(paths.dataDirectory, safeStorageSealer()))
  return {
    app: {
      name: APP_NAME,
      version: app.getVersion(),
      electronVersion: process.versions.electron ?? null,
      platform: process.platform,
    },
    paths,
    openExternal: (url) => shell.openExternal(url),
    pickFolder: async (title) => {
      const window = BrowserWindow.getFocusedWindow()
      const options = { title, properties: ['openDirectory' as const] }
      const picked = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options)
      return picked.canceled ? null : (picked.filePaths[0] ?? null)
    },
    checkSource: createRepoSourceCheck([paths.dataDirectory, paths.cloneCacheDirectory]),
    audits: createAuditJobs(
      async (spec, hooks) =>
        runAuditInProcess(
          launchEngineProcess,
          spec,
          {
            cacheDir: paths.cloneCacheDirectory,
            vulnerabilityDatabaseDir,
            redactionKey: await redactionKey(),
          },
          hooks,
        ),
      emitToWindows,
    ),
    backupFiles: { ...backupFileSystem, ...backupDialogs },
    exports: exportDeps,
    vulnerabilityDatabase: vulnerabilityDatabaseDeps(vulnerabilityDatabaseDir),
    sarifFiles: {
      chooseFile: () => chooseOpenFile('Import results of another tool (SARIF)', SARIF_FILTERS),
      stat: backupFileSystem.stat,
      readFile: backupFileSystem.readFile,
      redact: async () => secretRedactor(bundledSecretRules(), await redactionKey()),
    },
    ...createFreshness(paths.dataDirectory, registrySessionFetch),
  }
}
