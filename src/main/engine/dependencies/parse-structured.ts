import { parse as parseYamlText } from 'yaml'
import type { Warn } from './model'
import { clip } from './values'

/** The first line of a parser's message: YAML errors quote the offending source after it. */
function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return clip(message.split('\n')[0] ?? message, 200)
}

/** Parsed JSON, or undefined with a warning: malformed input is reported, never thrown. */
export function parseJson(text: string, path: string, warn: Warn): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    warn(`Not valid JSON (${reason(error)}), so it was skipped`, path)
    return undefined
  }
}

/**
 * Parsed YAML, or undefined with a warning. Aliases are capped by the library (no "billion laughs").
 * Log level 'error' keeps its warnings off the console yet still throws on errors ('silent' would
 * swallow them and return a half-read document). The duplicate-key check is off: it compares every
 * key with every other, minutes for a lockfile's 50,000-key packages map; the last duplicate wins,
 * as in JSON.parse.
 */
export function parseYaml(text: string, path: string, warn: Warn): unknown {
  try {
    return parseYamlText(text, { logLevel: 'error', maxAliasCount: 100, uniqueKeys: false })
  } catch (error) {
    warn(`Not valid YAML (${reason(error)}), so it was skipped`, path)
    return undefined
  }
}
