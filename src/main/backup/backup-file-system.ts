import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { writeFileAtomically } from '../engine/files/write-atomically'
import type { BackupFileDeps } from './backup-handlers'

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
