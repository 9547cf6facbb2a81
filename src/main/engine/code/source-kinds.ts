/**
 * Which dialect each of the inventory's languages is parsed as. Plain strings, so the engine's own
 * thread never loads TypeScript (a second or so and a hundred megabytes): only the parse worker does.
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
