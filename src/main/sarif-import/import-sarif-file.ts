import { basename } from 'node:path'
import { SARIF_MAX_BYTES, SARIF_MAX_TOOLS, type SarifImport } from '../../shared/domain/tool-import'
import { convertSarifLog } from './convert-sarif'
import { readSarifLog, SarifRefusedError, tooLargeError } from './read-sarif-log'

/** What importing a SARIF file needs: a dialog from Electron, the file system from Node. */
export interface SarifFileDeps {
  /** Asks which SARIF file to import; null when the auditor cancels. */
  chooseFile: () => Promise<string | null>
  stat: (path: string) => Promise<{ isFile: boolean; size: number }>
  /** Reads the file's first `limit` bytes at most. */
  readFile: (path: string, limit: number) => Promise<Uint8Array>
  /** Masks secrets in the tool's text, with the install's redaction key. */
  redact: () => Promise<(text: string) => string>
}

/**
 * Reads the SARIF file the auditor picks and turns its results into findings; the renderer stores them.
 * The size is checked before a byte is read, and one byte past the limit is read to catch a file that
 * grew in between. Main owns the path: the renderer never names a file to read.
 */
export async function importSarifFile(deps: SarifFileDeps): Promise<{ import: SarifImport | null }> {
  const path = await deps.chooseFile()
  if (path === null) return { import: null }
  const name = basename(path).slice(0, 300)
  const info = await deps.stat(path)
  if (!info.isFile) throw new SarifRefusedError(`${name} is not a file.`)
  if (info.size > SARIF_MAX_BYTES) throw tooLargeError(name, info.size)
  const bytes = await deps.readFile(path, SARIF_MAX_BYTES + 1)
  const log = readSarifLog(bytes, name)
  const tools = convertSarifLog(log, { redact: await deps.redact() })
  if (tools.length === 0) throw new SarifRefusedError(`${name} has no tool runs in it.`)
  if (tools.length > SARIF_MAX_TOOLS)
    throw new SarifRefusedError(
      `${name} names ${tools.length} tools; Diligent imports at most ${SARIF_MAX_TOOLS} at once.`,
    )
  return { import: { fileName: name, tools } }
}
