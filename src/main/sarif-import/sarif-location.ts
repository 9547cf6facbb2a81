import type { Finding } from '../../shared/domain/finding'
import { ArtifactSchema, UriBaseSchema, type SarifResult, type SarifRun } from './sarif-log-schema'

const MAX_PATH = 1_024

/** Percent-decoding that leaves a malformed escape as it was rather than failing the whole result. */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** `file:///home/a/x.js` → `/home/a/x.js`, `file:///C:/x.js` → `C:/x.js`; anything else unchanged. */
function withoutFileScheme(uri: string): string {
  if (!/^file:/i.test(uri)) return uri
  const path = uri.replace(/^file:(\/\/localhost)?/i, '').replace(/^\/\/(?=\/)/, '')
  return /^\/[A-Za-z]:[\\/]/.test(path) ? path.slice(1) : path
}

/** The folders that `originalUriBaseIds` say are absolute, ending in `/`, to make absolute paths relative again. */
function absoluteRoots(run: SarifRun): string[] {
  return Object.values(run.originalUriBaseIds ?? {}).flatMap((entry) => {
    const base = UriBaseSchema.safeParse(entry)
    if (!base.success || base.data.uri === undefined || !/^file:/i.test(base.data.uri)) return []
    const root = decoded(withoutFileScheme(base.data.uri))
    return [root.endsWith('/') ? root : `${root}/`]
  })
}

/** A base that is itself a folder of the repository (`{ "uri": "src/" }`) is part of the path. */
function relativeBase(run: SarifRun, uriBaseId: string | undefined): string {
  if (uriBaseId === undefined) return ''
  const base = UriBaseSchema.safeParse(run.originalUriBaseIds?.[uriBaseId])
  const uri = base.success ? base.data.uri : undefined
  if (uri === undefined || /^[a-z][a-z0-9+.-]*:/i.test(uri) || uri.startsWith('/')) return ''
  return uri.endsWith('/') ? uri : `${uri}/`
}

/**
 * A result's path as the debt inventory shows it: relative to the repository when the file says so
 * (a relative URI, `%SRCROOT%`, or an absolute one under a root the run declares), otherwise as given.
 * It is a label only: an absolute path, or one climbing out with `../`, is never used to read anything.
 */
export function normalisePath(uri: string, uriBaseId: string | undefined, run: SarifRun): string {
  let path = decoded(withoutFileScheme(uri.trim()))
  path = path.replace(/^%[A-Za-z_]+%[\\/]/, '')
  for (const root of absoluteRoots(run)) {
    if (path.startsWith(root)) {
      path = path.slice(root.length)
      break
    }
  }
  if (!/^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path)) path = `${relativeBase(run, uriBaseId)}${path}`
  while (path.startsWith('./')) path = path.slice(2)
  // Control characters would only garble a cell or a table row.
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return path.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, MAX_PATH)
}

/** The first physical location of a result, following `index` into `run.artifacts` when the URI is there. */
export function locationOf(result: SarifResult, run: SarifRun): Finding['location'] {
  const physical = result.locations?.find(
    (location) => location.physicalLocation !== undefined,
  )?.physicalLocation
  if (physical === undefined) return null
  let artifact = physical.artifactLocation
  if (artifact?.uri === undefined && artifact?.index !== undefined) {
    const listed = ArtifactSchema.safeParse(run.artifacts?.[artifact.index])
    if (listed.success) artifact = listed.data.location
  }
  if (artifact?.uri === undefined) return null
  const path = normalisePath(artifact.uri, artifact.uriBaseId, run)
  if (path === '') return null
  return {
    path,
    line: physical.region?.startLine ?? null,
    column: physical.region?.startLine === undefined ? null : (physical.region.startColumn ?? null),
  }
}
