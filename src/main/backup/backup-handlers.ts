import { basename } from 'node:path'
import { BACKUP_MAX_BYTES, formatMegabytes } from '../../shared/backup/backup-format'
import type { InvokeRequest, InvokeResponse } from '../../shared/ipc/contract'

/** What saving and opening a backup needs from the outside world: dialogs from Electron, files from Node. */
export interface BackupFileDeps {
  /** Asks where to save; null when the auditor cancels. */
  chooseSavePath: (suggestedName: string) => Promise<string | null>
  /** Asks which backup to open; null when the auditor cancels. */
  chooseOpenPath: () => Promise<string | null>
  stat: (path: string) => Promise<{ isFile: boolean; size: number }>
  /** Reads the file's first `limit` bytes at most. */
  readFile: (path: string, limit: number) => Promise<Uint8Array>
  writeFile: (path: string, content: string) => Promise<void>
}

function sizes(bytes: number): string {
  return `${formatMegabytes(bytes)}; the limit is ${formatMegabytes(BACKUP_MAX_BYTES)}`
}

/** Saves a backup the renderer assembled, where the auditor chooses. */
export async function saveBackup(
  deps: BackupFileDeps,
  { suggestedName, content }: InvokeRequest<'backup:save'>,
): Promise<InvokeResponse<'backup:save'>> {
  // Checked before the dialog: asking where to save a file that will not be written wastes the auditor's time.
  const bytes = Buffer.byteLength(content, 'utf8')
  if (bytes > BACKUP_MAX_BYTES)
    throw new Error(`This engagement is too large to back up as one file (${sizes(bytes)}).`)
  const path = await deps.chooseSavePath(suggestedName)
  if (path === null) return { path: null }
  await deps.writeFile(path, content)
  return { path }
}

/**
 * Reads the backup the auditor picks. Its size is checked before a byte is read, and text that is
 * not UTF-8 is refused rather than silently repaired, since a repaired backup would restore altered notes.
 */
export async function openBackup(deps: BackupFileDeps): Promise<InvokeResponse<'backup:open'>> {
  const path = await deps.chooseOpenPath()
  if (path === null) return { file: null }
  const name = basename(path)
  const info = await deps.stat(path)
  if (!info.isFile) throw new Error(`${name} is not a file. Nothing was changed.`)
  const tooLarge = (bytes: number): Error =>
    new Error(`${name} is too large to be a Diligent backup (${sizes(bytes)}). Nothing was changed.`)
  if (info.size > BACKUP_MAX_BYTES) throw tooLarge(info.size)
  // One byte more than allowed tells a file that grew after it was measured from one that did not.
  const bytes = await deps.readFile(path, BACKUP_MAX_BYTES + 1)
  if (bytes.byteLength > BACKUP_MAX_BYTES) throw tooLarge(bytes.byteLength)
  let content: string
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new Error(`${name} is not a Diligent backup: it is not UTF-8 text. Nothing was changed.`)
  }
  return { file: { name, content } }
}
