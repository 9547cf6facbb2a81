import { randomUUID } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'

/**
 * Writes through a temporary file beside the target, flushed, then renamed into place, so a crash, a full
 * disk or a refused write never leaves a half-written file under the final name. Plain Node: the engine,
 * main's exports and backups, and the CLI all write through it. `mode` is set at creation (e.g. 0o600 for
 * a key), so the file is never readable by others, not even for a moment.
 */
export async function writeFileAtomically(
  path: string,
  content: string | Uint8Array,
  mode?: number,
): Promise<void> {
  const temporary = `${path}.${randomUUID()}.partial`
  try {
    const handle = await open(temporary, 'w', mode)
    try {
      await handle.writeFile(content)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}

/** Writes text in pieces through one handle, for files too large to build as one string. */
export interface ChunkWriter {
  write(text: string): Promise<void>
}

/**
 * Streams a file into `${path}.partial` through `produce`, flushes it and renames it into place; on any
 * failure (or cancellation inside `produce`) the partial file is removed and nothing appears at `path`.
 */
export async function writeFileInChunks(
  path: string,
  produce: (writer: ChunkWriter) => Promise<void>,
  onBytes: (bytes: Uint8Array) => void,
): Promise<void> {
  const temporary = `${path}.partial`
  // 'wx': never write into a file someone else has open; only a file this call created is removed.
  const handle = await open(temporary, 'wx')
  try {
    try {
      await produce({
        write: async (text) => {
          const bytes = Buffer.from(text, 'utf8')
          onBytes(bytes)
          for (let offset = 0; offset < bytes.length;) {
            const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset)
            offset += bytesWritten
          }
        },
      })
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}
