import { createHmac } from 'node:crypto'

/** At most this many leading characters survive redaction (security.md 3.5). */
export const REDACTION_PREFIX_CHARS = 4
/** Shorter secrets keep no prefix: four characters of an eight-character password is half of it. */
const MIN_LENGTH_FOR_PREFIX = 12
/** 8 bytes of the HMAC: enough to tell two secrets apart, too short and keyed to brute-force offline. */
const TAG_HEX_CHARS = 16

/**
 * The only form of a secret that leaves the engine: a short prefix, then a keyed hash. The key is per
 * install, so the same secret gets the same tag across audits on one machine but cannot be tested or
 * linked by anyone holding a report.
 */
export function redact(secret: string, key: Uint8Array): string {
  const characters = [...secret]
  const prefix =
    characters.length >= MIN_LENGTH_FOR_PREFIX ? characters.slice(0, REDACTION_PREFIX_CHARS).join('') : ''
  const tag = createHmac('sha256', key).update(secret, 'utf8').digest('hex').slice(0, TAG_HEX_CHARS)
  return `${prefix}…#${tag}`
}
