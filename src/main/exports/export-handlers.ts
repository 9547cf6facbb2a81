import type { InvokeRequest, InvokeResponse } from '../../shared/ipc/contract'
import type { AuditSnapshot } from '../../shared/report/audit-snapshot'
import type { ExportKind } from '../../shared/report/export-kinds'
import { ENGINE_VERSION } from '../engine/engine-version'
import { buildCycloneDxSbom, serialiseSbom } from './sbom/build-sbom'

/** What saving an export needs: a dialog from Electron, builders and a file system from Node. */
export interface ExportDeps {
  /** Asks where to save; null when the auditor cancels. */
  chooseSavePath: (kind: ExportKind | 'sbom', suggestedName: string) => Promise<string | null>
  build: Record<ExportKind, (snapshot: AuditSnapshot) => Promise<Uint8Array>>
  /** Writes through a temporary file, so a failure never leaves half a file under the chosen name. */
  writeFile: (path: string, content: Uint8Array) => Promise<void>
}

const FILE_ERRORS: Record<string, string> = {
  ENOSPC: 'The disk is full.',
  EDQUOT: 'The disk quota is used up.',
  EACCES: 'Diligent is not allowed to write there.',
  EPERM: 'Diligent is not allowed to write there.',
  EBUSY: 'The file is open in another program; close it and export again.',
  EROFS: 'That disk is read-only.',
  ENOENT: 'That folder no longer exists.',
}

/** A message the auditor can act on; nothing was written under the chosen name in any case. */
export function explainWriteError(error: unknown, path: string): Error {
  const code = (error as NodeJS.ErrnoException | null)?.code
  const reason = (code && FILE_ERRORS[code]) ?? (error instanceof Error ? error.message : String(error))
  return new Error(`Could not save ${path}: ${reason} Nothing was written there.`)
}

/** Asks where first (so a cancel costs nothing), then builds the file and writes it. */
export async function saveExport(
  deps: ExportDeps,
  { kind, snapshot, suggestedName }: InvokeRequest<'export:save'>,
): Promise<InvokeResponse<'export:save'>> {
  const path = await deps.chooseSavePath(kind, suggestedName)
  if (path === null) return { path: null }
  return writeTo(deps, path, await deps.build[kind](snapshot))
}

/** A repository's CycloneDX SBOM, saved where the auditor chooses. */
export async function saveSbom(
  deps: ExportDeps,
  { repo, suggestedName }: InvokeRequest<'export:sbom'>,
): Promise<InvokeResponse<'export:sbom'>> {
  const path = await deps.chooseSavePath('sbom', suggestedName)
  if (path === null) return { path: null }
  const sbom = buildCycloneDxSbom(repo, {
    generatedAt: new Date().toISOString(),
    toolVersion: ENGINE_VERSION,
  })
  return writeTo(deps, path, Buffer.from(serialiseSbom(sbom), 'utf8'))
}

async function writeTo(deps: ExportDeps, path: string, bytes: Uint8Array): Promise<{ path: string }> {
  try {
    await deps.writeFile(path, bytes)
  } catch (error) {
    throw explainWriteError(error, path)
  }
  return { path }
}
