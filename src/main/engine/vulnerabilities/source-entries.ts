/** What the zip and folder readers hand the importer: a record's text, or why an entry was refused. */
export type SourceEntry = { name: string; text: string } | { name: string; problem: string }

export interface EntryLimits {
  /** One OSV record above this is refused unread (real ones are a few KB). */
  maxEntryBytes: number
  /** All decompressed data together; above this the import stops (a zip bomb, or not an OSV export). */
  maxTotalBytes: number
}

export const DEFAULT_LIMITS: EntryLimits = {
  maxEntryBytes: 10 * 1024 * 1024,
  maxTotalBytes: 2 * 1024 * 1024 * 1024,
}

/** An import that cannot go on; the message is for the auditor. */
export class OsvImportError extends Error {
  override name = 'OsvImportError'
}

export type Progress = (done: number, total: number) => void

/**
 * Whether an entry name is to be read ('record'), passed over ('ignore': folders, other files, macOS
 * resource forks), or refused ('unsafe': absolute or climbing paths). Nothing is ever extracted to disk,
 * but a zip-slip name says the archive was not made by OSV, so its content is not trusted either.
 */
export function classifyEntryName(name: string): 'record' | 'ignore' | 'unsafe' {
  const segments = name.split(/[\\/]/)
  if (
    name.includes('\0') ||
    name.startsWith('/') ||
    name.startsWith('\\') ||
    /^[a-zA-Z]:/.test(name) ||
    segments.includes('..')
  )
    return 'unsafe'
  const base = segments.at(-1) ?? ''
  if (base === '' || !base.toLowerCase().endsWith('.json')) return 'ignore'
  if (base.startsWith('._') || segments.includes('__MACOSX')) return 'ignore'
  return 'record'
}

export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`
}
