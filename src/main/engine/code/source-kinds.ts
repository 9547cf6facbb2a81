import { languageFromPath } from '../inventory/detect-language'

/**
 * Which dialect each of the inventory's languages is parsed as: plain strings that cross to the parse
 * worker, which maps them to TypeScript's script kinds itself.
 */
export type SourceDialect = 'ts' | 'tsx' | 'js' | 'jsx'

const DIALECT_BY_LANGUAGE: ReadonlyMap<string, SourceDialect> = new Map([
  ['TypeScript', 'ts'],
  ['TSX', 'tsx'],
  ['JavaScript', 'js'],
  ['JSX', 'jsx'],
])

// Declaration files describe code written elsewhere (or generated); they have no bodies to measure.
const DECLARATION_FILE = /\.d\.[cm]?ts$/

/** How to parse a counted file of `language`, or null when it is not JavaScript or TypeScript. */
export function dialectOf(path: string, language: string): SourceDialect | null {
  if (DECLARATION_FILE.test(path)) return null
  return DIALECT_BY_LANGUAGE.get(language) ?? null
}

/**
 * Whether a tracked file will be code to parse, judged by its name alone (the inventory's language
 * table) before the inventory has read anything: enough to decide whether to start the parse worker
 * early. A script known only by its shebang is missed here and parsed all the same, on a worker
 * started when the parse pass begins.
 */
export function mayHoldSource(file: { path: string }): boolean {
  return dialectOf(file.path, languageFromPath(file.path)?.name ?? '') !== null
}
