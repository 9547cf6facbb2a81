import { z } from 'zod'
import { DebtStatusSchema } from '../domain/debt-item'
import { EngagementSchema } from '../domain/engagement'
import { RunStatusSchema } from '../domain/run'

/**
 * One engagement, everything that belongs to it, in one JSON file. The rows are the database's rows
 * as they were, so a restore writes back exactly what was exported; only what restoring relies on
 * (ids, ownership, the references between rows, the indexed fields) is checked, the rest is kept as
 * written.
 */
export const BACKUP_FORMAT = 'diligent-engagement-backup'
/** Format 2 (schema v3) adds `toolImports`; a format 1 file is read as format 2 without any. */
export const BACKUP_FORMAT_VERSION = 2

/**
 * The largest backup read or written, in bytes. Below 256 MB on purpose: the file crosses Electron
 * IPC as one string, Chromium caps an IPC message at 256 MB, and a string holding any character
 * outside Latin-1 travels as UTF-16, at twice its length.
 */
export const BACKUP_MAX_BYTES = 100 * 1024 * 1024

const MEGABYTE = 1024 * 1024

export function formatMegabytes(bytes: number): string {
  return `${Math.ceil(bytes / MEGABYTE)} MB`
}

/** A backup that cannot be restored; the message says why, for the auditor, and that nothing changed. */
export class BackupRefusedError extends Error {
  constructor(reason: string) {
    super(`${reason} Nothing was changed.`)
    this.name = 'BackupRefusedError'
  }
}

/** Ids are UUIDs, or joined from UUIDs and checklist item ids; they end up in the app's URLs. */
const RowIdSchema = z
  .string()
  .max(300)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'an id is letters, digits and . _ : - only')

function ownedRow<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.looseObject({ id: RowIdSchema, engagementId: RowIdSchema, ...shape })
}

const EngagementRowSchema = EngagementSchema.extend({ id: RowIdSchema }).loose()
const RepoRowSchema = ownedRow({ lastRunId: RowIdSchema.nullable() })
const RunRowSchema = ownedRow({ repoId: RowIdSchema, status: RunStatusSchema })
const FindingRowSchema = ownedRow({ repoId: RowIdSchema, runId: RowIdSchema, fingerprint: z.string() })
const AnswerRowSchema = ownedRow({ checklistId: z.string(), itemId: z.string() })
const DebtItemRowSchema = ownedRow({ status: DebtStatusSchema, fingerprints: z.array(z.string()) })
const ToolImportRowSchema = ownedRow({ repoId: RowIdSchema, toolName: z.string() })

/** The tables a backup carries besides the engagement, named as the database names them. */
export const BACKUP_TABLES = ['repos', 'runs', 'findings', 'answers', 'debtItems', 'toolImports'] as const
export type BackupTable = (typeof BACKUP_TABLES)[number]

const TABLE_NOUNS: Readonly<Record<BackupTable, string>> = {
  repos: 'repository',
  runs: 'analysis run',
  findings: 'finding',
  answers: 'checklist answer',
  debtItems: 'debt item',
  toolImports: 'tool import',
}

const EngagementBackupShape = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  exportedAt: z.iso.datetime(),
  appVersion: z.string().max(100),
  /** The database schema the rows were written with. */
  schemaVersion: z.number().int().positive(),
  engagement: EngagementRowSchema,
  repos: z.array(RepoRowSchema),
  runs: z.array(RunRowSchema),
  findings: z.array(FindingRowSchema),
  answers: z.array(AnswerRowSchema),
  debtItems: z.array(DebtItemRowSchema),
  toolImports: z.array(ToolImportRowSchema),
})

type Issue = { path: (string | number)[]; message: string }

function ids(rows: readonly { id: string }[]): Set<string> {
  return new Set(rows.map((row) => row.id))
}

/** The rules between rows that a single row's schema cannot see. */
function crossRowIssues(backup: z.output<typeof EngagementBackupShape>): Issue[] {
  const issues: Issue[] = []
  for (const table of BACKUP_TABLES) {
    const seen = new Set<string>()
    backup[table].forEach((row, index) => {
      if (seen.has(row.id))
        issues.push({ path: [table, index, 'id'], message: `the ${TABLE_NOUNS[table]} id appears twice` })
      seen.add(row.id)
      if (row.engagementId !== backup.engagement.id)
        issues.push({ path: [table, index, 'engagementId'], message: 'belongs to another engagement' })
    })
  }
  const repoIds = ids(backup.repos)
  const runRepo = new Map(backup.runs.map((run) => [run.id, run.repoId]))
  backup.repos.forEach((repo, index) => {
    if (repo.lastRunId !== null && runRepo.get(repo.lastRunId) !== repo.id)
      issues.push({
        path: ['repos', index, 'lastRunId'],
        message: 'is not a run of this repository in the file',
      })
  })
  backup.runs.forEach((run, index) => {
    if (!repoIds.has(run.repoId))
      issues.push({ path: ['runs', index, 'repoId'], message: 'is not a repository in the file' })
  })
  backup.toolImports.forEach((toolImport, index) => {
    if (!repoIds.has(toolImport.repoId))
      issues.push({ path: ['toolImports', index, 'repoId'], message: 'is not a repository in the file' })
  })
  // A finding belongs to a run of its repository, or to one of its tool imports (schema v3).
  const sourceRepo = new Map([
    ...runRepo,
    ...backup.toolImports.map((toolImport) => [toolImport.id, toolImport.repoId] as const),
  ])
  backup.findings.forEach((finding, index) => {
    if (!repoIds.has(finding.repoId))
      issues.push({ path: ['findings', index, 'repoId'], message: 'is not a repository in the file' })
    if (sourceRepo.get(finding.runId) !== finding.repoId)
      issues.push({
        path: ['findings', index, 'runId'],
        message: 'is not a run or tool import of its repository in the file',
      })
  })
  return issues
}

export const EngagementBackupSchema = EngagementBackupShape.superRefine((backup, context) => {
  for (const issue of crossRowIssues(backup)) context.addIssue({ code: 'custom', ...issue })
})
export type EngagementBackup = z.output<typeof EngagementBackupSchema>

function describePath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index > 0 ? '.' : ''}${String(key)}`))
    .join('')
}

const MAX_ISSUES_SHOWN = 3

/** The first few problems, each with where it is, short enough for a notification. */
function describeIssues(error: z.ZodError): string {
  const shown = error.issues
    .slice(0, MAX_ISSUES_SHOWN)
    .map((issue) => `${describePath(issue.path)}: ${issue.message}`)
  const more = error.issues.length - shown.length
  return `${shown.join('; ')}${more > 0 ? ` (and ${more} more)` : ''}`
}

export type BackupCheck = { ok: true; backup: EngagementBackup } | { ok: false; problem: string }

/** Checks a backup object: the shape of every row and the references between them. */
export function checkEngagementBackup(value: unknown): BackupCheck {
  const result = EngagementBackupSchema.safeParse(value)
  return result.success
    ? { ok: true, backup: result.data }
    : { ok: false, problem: describeIssues(result.error) }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function newerFormatReason(file: Record<string, unknown>, formatVersion: number): string {
  const app = typeof file['appVersion'] === 'string' ? ` ${file['appVersion'].slice(0, 40)}` : ''
  return (
    `This backup was made by a newer version of Diligent${app} (backup format ${formatVersion}; this ` +
    `version reads format ${BACKUP_FORMAT_VERSION}). Update Diligent to restore it.`
  )
}

/** Format 1 came before tool imports: the same rows, and none of those. */
function fromFormat1(file: Record<string, unknown>): Record<string, unknown> {
  return file['formatVersion'] === 1 && !('toolImports' in file)
    ? { ...file, formatVersion: BACKUP_FORMAT_VERSION, toolImports: [] }
    : file
}

/**
 * Reads a backup file's text. Every way it can be wrong is refused with its own message: too large,
 * not JSON, someone else's JSON, a newer format, or rows that are damaged or do not fit together.
 */
export function parseEngagementBackup(text: string): EngagementBackup {
  // A string is never longer in UTF-16 units than in UTF-8 bytes, so this agrees with main's byte cap.
  if (text.length > BACKUP_MAX_BYTES)
    throw new BackupRefusedError(
      `This file is too large to be a Diligent backup (over ${formatMegabytes(BACKUP_MAX_BYTES)}).`,
    )
  let file: unknown
  try {
    // An editor may have saved it with a byte order mark; JSON itself does not allow one.
    file = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    throw new BackupRefusedError(
      'This file is not a Diligent backup: it is not valid JSON, or it was cut short.',
    )
  }
  if (!isRecord(file) || file['format'] !== BACKUP_FORMAT)
    throw new BackupRefusedError('This file is not a Diligent engagement backup.')
  const formatVersion = file['formatVersion']
  if (
    typeof formatVersion === 'number' &&
    Number.isInteger(formatVersion) &&
    formatVersion > BACKUP_FORMAT_VERSION
  )
    throw new BackupRefusedError(newerFormatReason(file, formatVersion))
  const check = checkEngagementBackup(fromFormat1(file))
  if (!check.ok) throw new BackupRefusedError(`This backup is damaged or was edited: ${check.problem}.`)
  return check.backup
}
