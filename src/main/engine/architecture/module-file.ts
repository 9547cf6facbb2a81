/** Extensions tried after an extensionless specifier, in TypeScript's order, then the JavaScript ones. */
const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts']
/** TypeScript's ESM convention: `./x.js` in the source means `./x.ts` on disk. */
const TYPESCRIPT_FOR = new Map([
  ['.js', ['.ts', '.tsx']],
  ['.jsx', ['.tsx']],
  ['.mjs', ['.mts']],
  ['.cjs', ['.cts']],
])
/**
 * Tried last: a declaration file is not code of the graph, but a module that has only one is
 * there, not missing.
 */
const DECLARATION = '.d.ts'

function* candidatesFor(target: string): Generator<string> {
  const extension = /\.[cm]?jsx?$/.exec(target)?.[0]
  const stem = extension === undefined ? target : target.slice(0, -extension.length)
  for (const replacement of (extension && TYPESCRIPT_FOR.get(extension)) || []) yield stem + replacement
  yield target
  for (const candidate of SOURCE_EXTENSIONS) yield target + candidate
  for (const candidate of SOURCE_EXTENSIONS) yield `${target}/index${candidate}`
  yield target + DECLARATION
  yield `${target}/index${DECLARATION}`
}

/** The repository file a module path names, the way TypeScript and Node look for it; null when none. */
export function findModuleFile(target: string, exists: (path: string) => boolean): string | null {
  for (const candidate of candidatesFor(target)) if (exists(candidate)) return candidate
  return null
}
