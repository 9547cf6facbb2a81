import { z } from 'zod'
import { AuditSnapshotSchema, SnapshotRepoSchema } from '../report/audit-snapshot'
import { ExportKindSchema } from '../report/export-kinds'
import { BACKUP_MAX_BYTES } from '../backup/backup-format'
import { FreshnessRequestSchema, FreshnessResponseSchema } from '../domain/freshness'
import { SarifImportSchema } from '../domain/tool-import'
import { JobFinishedSchema, JobIdSchema, JobProgressSchema } from '../jobs'
import type { EventName, InvokeChannel } from './channels'

const MAX_URL_LENGTH = 2_048
const MAX_PATH_LENGTH = 4_096

/** A repository as the auditor gave it; main validates it again before git sees it. */
export const RepoSourceSchema = z.strictObject({
  source: z.string().trim().min(1).max(MAX_PATH_LENGTH),
  sourceKind: z.enum(['url', 'local']),
})
export type RepoSource = z.infer<typeof RepoSourceSchema>

/** A bare file name (no folder, nothing a file system could read as a path) offered in the save dialog. */
export const BackupFileNameSchema = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9.-]*\.json$/, 'Expected a plain file name ending in .json')

/** A backup file's text; main checks its size in bytes before writing it, and before reading one. */
const BackupContentSchema = z.string().max(BACKUP_MAX_BYTES)

export const VulnerabilityDatabaseInfoSchema = z.strictObject({
  source: z.string().max(1_000),
  importedAt: z.string().max(40),
  advisories: z.number().int().nonnegative(),
})

/** The settings main owns and keeps in userData; online checks stay off until the auditor opts in. */
export const AppSettingsSchema = z.strictObject({
  onlineChecks: z.boolean(),
})
export type AppSettings = z.infer<typeof AppSettingsSchema>
export const DEFAULT_APP_SETTINGS: AppSettings = { onlineChecks: false }

export const AppInfoSchema = z.strictObject({
  name: z.string(),
  version: z.string(),
  electronVersion: z.string().nullable(),
  platform: z.string(),
  dataDirectory: z.string(),
  cloneCacheDirectory: z.string(),
})
export type AppInfo = z.infer<typeof AppInfoSchema>

/**
 * The single definition of every invoke channel: its request and response schemas. Main parses
 * every request with these before a handler runs; types on every side are inferred from them.
 */
export const invokeContract = {
  'app:get-info': {
    request: z.strictObject({}),
    response: AppInfoSchema,
  },
  'shell:open-external': {
    request: z.strictObject({ url: z.string().min(1).max(MAX_URL_LENGTH) }),
    response: z.strictObject({ opened: z.boolean() }),
  },
  'dialog:pick-folder': {
    request: z.strictObject({ title: z.string().max(200) }),
    response: z.strictObject({ path: z.string().nullable() }),
  },
  'source:check': {
    request: RepoSourceSchema,
    response: z.strictObject({ ok: z.boolean(), problem: z.string().nullable(), suggestedName: z.string() }),
  },
  'audit:start': {
    request: RepoSourceSchema,
    response: z.strictObject({ jobId: JobIdSchema }),
  },
  'audit:cancel': {
    request: z.strictObject({ jobId: JobIdSchema }),
    response: z.strictObject({ cancelled: z.boolean() }),
  },
  /** Asks the auditor where to save the backup and writes it there; `path` is null when they cancel. */
  'backup:save': {
    request: z.strictObject({ suggestedName: BackupFileNameSchema, content: BackupContentSchema }),
    response: z.strictObject({ path: z.string().nullable() }),
  },
  /** Asks the auditor for a backup file and reads it; `file` is null when they cancel. */
  'backup:open': {
    request: z.strictObject({}),
    response: z.strictObject({
      file: z.strictObject({ name: z.string(), content: BackupContentSchema }).nullable(),
    }),
  },
  /** Builds an export from the snapshot, asks where to save it, and writes it; `path` is null when they cancel. */
  'export:save': {
    request: z.strictObject({
      kind: ExportKindSchema,
      snapshot: AuditSnapshotSchema,
      suggestedName: z.string().min(1).max(200),
    }),
    response: z.strictObject({ path: z.string().nullable() }),
  },
  /** Builds a repository's CycloneDX SBOM, asks where to save it, and writes it; `path` is null when they cancel. */
  'export:sbom': {
    request: z.strictObject({ repo: SnapshotRepoSchema, suggestedName: z.string().min(1).max(200) }),
    response: z.strictObject({ path: z.string().nullable() }),
  },
  /** The imported vulnerability database, or null when none has been imported. */
  'vulnerabilities:status': {
    request: z.strictObject({}),
    response: z.strictObject({ database: VulnerabilityDatabaseInfoSchema.nullable() }),
  },
  /** Asks for an OSV export (zip or folder) and imports it; `database` is null when the auditor cancels. */
  'vulnerabilities:import': {
    request: z.strictObject({}),
    response: z.strictObject({ database: VulnerabilityDatabaseInfoSchema.nullable() }),
  },
  /**
   * Asks for a SARIF file (ESLint, Semgrep, CodeQL…), reads it and answers with its results as findings,
   * one entry per tool; `import` is null when the auditor cancels. The renderer stores them.
   */
  'sarif:import': {
    request: z.strictObject({}),
    response: z.strictObject({ import: SarifImportSchema.nullable() }),
  },
  'settings:get': {
    request: z.strictObject({}),
    response: z.strictObject({ settings: AppSettingsSchema }),
  },
  /** Turns online checks (the npm registry lookups) on or off; answers with the settings as saved. */
  'settings:set-online-checks': {
    request: z.strictObject({ enabled: z.boolean() }),
    response: z.strictObject({ settings: AppSettingsSchema }),
  },
  /** What earlier lookups cached for these packages, however old; never touches the network. */
  'freshness:cached': {
    request: FreshnessRequestSchema,
    response: FreshnessResponseSchema,
  },
  /** Asks registry.npmjs.org about these packages (reusing answers under a day old); refused while offline. */
  'freshness:lookup': {
    request: FreshnessRequestSchema,
    response: FreshnessResponseSchema,
  },
} as const satisfies Record<InvokeChannel, { request: z.ZodType; response: z.ZodType }>

/** Push events from main to the renderer, each with the schema main validates before sending. */
export const eventContract = {
  'job:progress': JobProgressSchema,
  'job:finished': JobFinishedSchema,
} as const satisfies Record<EventName, z.ZodType>

export type InvokeRequest<C extends InvokeChannel> = z.input<(typeof invokeContract)[C]['request']>
export type InvokeResponse<C extends InvokeChannel> = z.output<(typeof invokeContract)[C]['response']>
export type EventPayload<E extends EventName> = z.output<(typeof eventContract)[E]>
