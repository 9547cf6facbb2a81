import { SARIF_MAX_BYTES } from '../../shared/domain/tool-import'
import { SarifLogSchema, type SarifLogInput } from './sarif-log-schema'

/** A SARIF file the import refuses; the message says why, for the auditor, and never quotes the file. */
export class SarifRefusedError extends Error {
  constructor(reason: string) {
    super(`${reason} Nothing was imported.`)
    this.name = 'SarifRefusedError'
  }
}

const MEGABYTE = 1024 * 1024

export const tooLargeError = (name: string, bytes: number): SarifRefusedError =>
  new SarifRefusedError(
    `${name} is too large to import (${Math.ceil(bytes / MEGABYTE)} MB; the limit is ${SARIF_MAX_BYTES / MEGABYTE} MB).`,
  )

/**
 * Where JSON.parse stopped, without the excerpt of the input V8 puts in its message: a SARIF file can
 * quote the audited code, secrets included (security.md §7), so only a position is repeated.
 */
function jsonProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : ''
  const position = /position (\d+)/.exec(message)?.[1]
  if (position !== undefined) return `it is not valid JSON (the problem is at character ${position})`
  if (/end of JSON input/i.test(message)) return 'it is not valid JSON (it ends too soon, or was cut short)'
  return 'it is not valid JSON'
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A version as the file states it, reduced to characters that are safe to show. */
const shownVersion = (version: unknown): string =>
  typeof version === 'string'
    ? version.replace(/[^0-9A-Za-z.+-]/g, '').slice(0, 40) || '(blank)'
    : String(typeof version)

/**
 * Reads a SARIF file's bytes: at most SARIF_MAX_BYTES, UTF-8 (a byte order mark allowed), JSON, version
 * 2.1.0, and the shape of a log. Each way it can be wrong is refused with its own message.
 */
export function readSarifLog(bytes: Uint8Array, name: string): SarifLogInput {
  if (bytes.byteLength > SARIF_MAX_BYTES) throw tooLargeError(name, bytes.byteLength)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new SarifRefusedError(`${name} is not a SARIF file: it is not UTF-8 text.`)
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new SarifRefusedError(`${name} is not a SARIF file: ${jsonProblem(error)}.`)
  }
  if (!isRecord(parsed) || !('runs' in parsed || 'version' in parsed))
    throw new SarifRefusedError(`${name} is not a SARIF log: it has no "version" or "runs".`)
  if (parsed['version'] !== '2.1.0')
    throw new SarifRefusedError(
      `${name} is SARIF version ${shownVersion(parsed['version'])}; Diligent reads SARIF 2.1.0 only.`,
    )
  const log = SarifLogSchema.safeParse(parsed)
  if (!log.success) {
    const issue = log.error.issues[0]
    const where =
      issue === undefined ? '' : ` (at ${issue.path.map(String).join('.').slice(0, 200) || 'the top level'})`
    throw new SarifRefusedError(`${name} is not a SARIF 2.1.0 log Diligent can read${where}.`)
  }
  return log.data
}
