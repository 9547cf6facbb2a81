import { constants, type Dirent } from 'node:fs'
import { lstat, open, readdir } from 'node:fs/promises'
import { join, relative } from 'node:path'
import {
  classifyEntryName,
  formatMegabytes,
  OsvImportError,
  type EntryLimits,
  type Progress,
  type SourceEntry,
} from './source-entries'

/** An unpacked OSV export is flat; this leaves room for a few folders of grouping, not a whole disk. */
const MAX_DEPTH = 8

interface FolderFile {
  path: string
  name: string
  bytes: number
}

/** Every `.json` file under the folder, in name order; symbolic links are never followed. */
async function listRecords(root: string, signal: AbortSignal | undefined): Promise<FolderFile[]> {
  const files: FolderFile[] = []
  const pending: { path: string; depth: number }[] = [{ path: root, depth: 0 }]
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    signal?.throwIfAborted()
    let entries: Dirent[]
    try {
      entries = await readdir(next.path, { withFileTypes: true })
    } catch (error) {
      if (next.path === root)
        throw new OsvImportError(`The folder cannot be read (${(error as Error).message}).`)
      continue
    }
    for (const entry of entries) {
      const path = join(next.path, entry.name)
      if (entry.isDirectory() && next.depth < MAX_DEPTH) pending.push({ path, depth: next.depth + 1 })
      else if (entry.isFile()) {
        const name = relative(root, path).split('\\').join('/')
        const bytes = await lstat(path).then(
          (stats) => stats.size,
          () => null,
        )
        if (bytes !== null && classifyEntryName(name) === 'record') files.push({ path, name, bytes })
      }
    }
  }
  return files.sort((left, right) => (left.name < right.name ? -1 : 1))
}

/** Reads at most `maxBytes + 1` bytes, so a file that grew since it was listed cannot blow the cap. */
async function readBounded(path: string, maxBytes: number): Promise<Buffer | null> {
  // Non-blocking, so a file swapped for a named pipe since the listing cannot hang the import.
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  try {
    const stats = await handle.stat()
    if (!stats.isFile()) throw new Error('not a regular file')
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, stats.size + 1))
    let filled = 0
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled)
      if (bytesRead === 0) break
      filled += bytesRead
      if (filled === buffer.length) break
    }
    return filled > maxBytes ? null : buffer.subarray(0, filled)
  } finally {
    await handle.close()
  }
}

/** The records of a folder of OSV JSON files, such as an unpacked `all.zip`. */
export async function* folderEntries(
  root: string,
  limits: EntryLimits,
  signal: AbortSignal | undefined,
  onProgress: Progress,
): AsyncGenerator<SourceEntry> {
  const files = await listRecords(root, signal)
  const decoder = new TextDecoder('utf-8')
  let total = 0
  for (const [index, file] of files.entries()) {
    signal?.throwIfAborted()
    const tooLarge = `refused: larger than the ${formatMegabytes(limits.maxEntryBytes)} cap`
    if (file.bytes > limits.maxEntryBytes) yield { name: file.name, problem: tooLarge }
    else {
      total += file.bytes
      if (total > limits.maxTotalBytes)
        throw new OsvImportError(
          `The folder holds more than ${formatMegabytes(limits.maxTotalBytes)} of records.`,
        )
      let content: Buffer | null | Error
      try {
        content = await readBounded(file.path, limits.maxEntryBytes)
      } catch (error) {
        // A file that vanished or cannot be opened is one unreadable record, not a failed import.
        content = error instanceof Error ? error : new Error(String(error))
      }
      if (content instanceof Error)
        yield { name: file.name, problem: `could not be read: ${content.message}` }
      else if (content === null) yield { name: file.name, problem: tooLarge }
      else yield { name: file.name, text: decoder.decode(content) }
    }
    onProgress(index + 1, files.length)
  }
}
