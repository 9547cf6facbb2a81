import { randomUUID } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { rename, rm, stat, writeFile } from 'node:fs/promises'
import type { BackupFileDeps } from './backup-handlers'

/**
 * Writes through a temporary file beside the target and renames it into place, so a crash or a full
 * disk mid-write never leaves a half backup where a good one (of the same name) used to be.
 */
async function writeFileAtomically(path: string, content: string): Promise<void> {
  const temporary = `${path}.${randomUUID()}.partial`
  try {
    await writeFile(temporary, content, { encoding: 'utf8', flush: true })
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}

async function readAtMost(path: string, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of createReadStream(path, { start: 0, end: limit - 1 })) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** The backup handlers' file access, from Node; the dialogs come from whoever hosts the handlers. */
export const backupFileSystem: Pick<BackupFileDeps, 'stat' | 'readFile' | 'writeFile'> = {
  stat: async (path) => {
    const info = await stat(path)
    return { isFile: info.isFile(), size: info.size }
  },
  readFile: readAtMost,
  writeFile: writeFileAtomically,
}
