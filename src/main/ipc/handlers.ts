import type { InvokeChannel } from '../../shared/ipc/channels'
import type { AppInfo, InvokeRequest, InvokeResponse, RepoSource } from '../../shared/ipc/contract'
import { openBackup, saveBackup, type BackupFileDeps } from '../backup/backup-handlers'
import { saveExport, saveSbom, type ExportDeps } from '../exports/export-handlers'
import { importVulnerabilityDatabase, type VulnerabilityDatabaseDeps } from '../vulnerability-database'
import { importSarifFile, type SarifFileDeps } from '../sarif-import/import-sarif-file'
import type { PackageFreshnessService } from '../freshness/package-freshness'
import type { SettingsStore } from '../freshness/settings-store'
import type { AuditJobs } from '../jobs/audit-jobs'
import { openExternalIfSafe } from '../security/external-links'

export interface SourceCheck {
  ok: boolean
  problem: string | null
  suggestedName: string
}

/** What the handlers need from the outside world; Electron provides it in the app, tests fake it. */
export interface HandlerDeps {
  app: {
    name: string
    version: string
    electronVersion: string | null
    platform: string
  }
  paths: {
    /** Electron's userData: settings and the renderer's IndexedDB. */
    dataDirectory: string
    /** Clones of audited repositories: large and confidential, so kept out of roaming profiles. */
    cloneCacheDirectory: string
  }
  openExternal: (url: string) => Promise<void>
  /** Main owns every file path: the renderer can only ask the auditor to pick one. */
  pickFolder: (title: string) => Promise<string | null>
  checkSource: (source: RepoSource) => Promise<SourceCheck>
  audits: AuditJobs
  backupFiles: BackupFileDeps
  exports: ExportDeps
  vulnerabilityDatabase: VulnerabilityDatabaseDeps
  /** The SARIF file dialog and reader, for results of other tools. */
  sarifFiles: SarifFileDeps
  /** The auditor's settings, in userData; online checks are off until they opt in. */
  settings: SettingsStore
  /** npm registry lookups, refused while online checks are off, and their cache. */
  freshness: PackageFreshnessService
}

/** One handler per invoke channel; a channel without a handler is a compile error. */
export type Handlers = {
  [C in InvokeChannel]: (request: InvokeRequest<C>) => Promise<InvokeResponse<C>>
}

export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    'app:get-info': async (): Promise<AppInfo> => ({
      ...deps.app,
      dataDirectory: deps.paths.dataDirectory,
      cloneCacheDirectory: deps.paths.cloneCacheDirectory,
    }),
    'shell:open-external': async ({ url }) => ({ opened: await openExternalIfSafe(url, deps.openExternal) }),
    'dialog:pick-folder': async ({ title }) => ({ path: await deps.pickFolder(title) }),
    'source:check': (source) => deps.checkSource(source),
    'audit:start': async (source) => {
      const check = await deps.checkSource(source)
      if (!check.ok) throw new Error(check.problem ?? 'This repository cannot be analysed')
      return { jobId: deps.audits.start(source) }
    },
    'audit:cancel': async ({ jobId }) => ({ cancelled: deps.audits.cancel(jobId) }),
    'backup:save': (request) => saveBackup(deps.backupFiles, request),
    'backup:open': () => openBackup(deps.backupFiles),
    'export:save': (request) => saveExport(deps.exports, request),
    'export:sbom': (request) => saveSbom(deps.exports, request),
    'vulnerabilities:status': async () => ({ database: await deps.vulnerabilityDatabase.current() }),
    'vulnerabilities:import': () => importVulnerabilityDatabase(deps.vulnerabilityDatabase),
    'sarif:import': () => importSarifFile(deps.sarifFiles),
    'settings:get': async () => ({ settings: await deps.settings.read() }),
    'settings:set-online-checks': async ({ enabled }) => ({
      settings: await deps.settings.setOnlineChecks(enabled),
    }),
    'freshness:cached': async ({ packages }) => ({ packages: await deps.freshness.cached(packages) }),
    'freshness:lookup': async ({ packages }) => ({ packages: await deps.freshness.lookup(packages) }),
  }
}
