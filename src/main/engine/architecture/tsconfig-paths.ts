import { ts } from 'ts-morph'
import { isRecord, own, type JsonRecord } from '../dependencies/values'
import { dirnameOf, foldersAbove, joinInRepo } from './repo-paths'

/** A tsconfig.json or jsconfig.json of the repository, or a file one of them extends. */
export interface ConfigFile {
  path: string
  text: string
}

/** Something in a config file that could not be applied; the rest of the file still is. */
export interface ConfigWarning {
  path: string
  message: string
}

/** One `paths` entry: `@app/*` → `["src/app/*"]`. A pattern without `*` matches only itself. */
export interface PathAlias {
  prefix: string
  /** Null for an exact pattern. */
  suffix: string | null
  /** As written; `*` is replaced by what the pattern's `*` matched, then joined to `folder`. */
  targets: string[]
  folder: string
}

/** The module lookup options one config gives its files: `paths` and `baseUrl`. */
export interface CompilerPaths {
  /** The folder bare specifiers are also looked up in, or null. */
  baseUrl: string | null
  aliases: PathAlias[]
}

/** The type-checking switches an audit reports; each null when a base outside the repository may set it. */
export interface ConfigStrictness {
  strict: boolean | null
  noImplicitAny: boolean | null
  strictNullChecks: boolean | null
}

export interface ConfigPaths {
  /** The options of the nearest tsconfig.json (or jsconfig.json) above a source file, or null. */
  forFile(path: string): CompilerPaths | null
  /** One config's strictness after `extends`; null for a config that cannot be read or compiles nothing itself. */
  strictnessOf(path: string): ConfigStrictness | null
  warnings: ConfigWarning[]
}

/** Real chains are two or three configs long; a longer one is more likely a trap than a setup. */
const MAX_EXTENDS_DEPTH = 16
const OWNER_NAMES = ['tsconfig.json', 'jsconfig.json']

const STRICT_FLAGS = ['strict', 'noImplicitAny', 'strictNullChecks'] as const
type StrictFlag = (typeof STRICT_FLAGS)[number]

interface OwnOptions {
  /** undefined: not set here; null: set to a folder outside the repository. */
  baseUrl?: string | null
  paths?: { folder: string; entries: [string, string[]][] }
  /** The strictness switches this config sets itself. */
  flags?: Partial<Record<StrictFlag, boolean>>
  /** It extends a config that is not in the repository (a package like `@tsconfig/strictest`). */
  outsideBase?: boolean
  /** `files: []`: a solution-style config that only points at others. */
  compilesNothing?: boolean
  /** Not valid JSON(C), or not an object: nothing in it is known. */
  unreadable?: boolean
  extends: string[]
  references: string[]
}

type Effective = Pick<OwnOptions, 'baseUrl' | 'paths' | 'flags' | 'outsideBase'>

const NOTHING: OwnOptions = { extends: [], references: [] }
const UNREADABLE: OwnOptions = { ...NOTHING, unreadable: true }

const basename = (path: string): string => path.slice(path.lastIndexOf('/') + 1)

interface Reader {
  configs: ReadonlySet<string>
  packages: readonly { name: string; dir: string }[]
  warn(path: string, message: string): void
}

/** `./base`, `../tsconfig.json`, or a workspace package's config, as a config file of the set. */
function configPathOf(
  reader: Reader,
  from: string,
  reference: string,
  folderDefault: boolean,
): string | null {
  let target: string | null = null
  if (reference.startsWith('./') || reference.startsWith('../'))
    target = joinInRepo(dirnameOf(from), reference)
  else {
    const owner = reader.packages.find(
      (candidate) => reference === candidate.name || reference.startsWith(`${candidate.name}/`),
    )
    if (owner === undefined) return null
    target = joinInRepo(owner.dir, reference.slice(owner.name.length + 1) || 'tsconfig.json')
  }
  if (target === null) return null
  const candidates = [target, `${target}.json`, ...(folderDefault ? [`${target}/tsconfig.json`] : [])]
  return candidates.find((candidate) => reader.configs.has(candidate)) ?? null
}

function stringsOf(value: unknown): string[] | null {
  if (typeof value === 'string') return [value]
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : null
}

function readPaths(reader: Reader, file: ConfigFile, value: unknown): OwnOptions['paths'] {
  if (!isRecord(value)) {
    reader.warn(file.path, '`compilerOptions.paths` is not an object: its aliases are not applied')
    return undefined
  }
  const entries: [string, string[]][] = []
  for (const [pattern, targets] of Object.entries(value)) {
    if (Array.isArray(targets) && targets.every((target) => typeof target === 'string'))
      entries.push([pattern, targets])
    else reader.warn(file.path, `\`paths\` entry "${pattern}" is not a list of paths: it is not applied`)
  }
  return { folder: dirnameOf(file.path), entries }
}

function readCompilerOptions(reader: Reader, file: ConfigFile, config: JsonRecord): Effective {
  const options = own(config, 'compilerOptions')
  if (options === undefined) return {}
  if (!isRecord(options)) {
    reader.warn(file.path, '`compilerOptions` is not an object: it is not applied')
    return {}
  }
  const result: Effective = {}
  const baseUrl = own(options, 'baseUrl')
  if (typeof baseUrl === 'string') result.baseUrl = joinInRepo(dirnameOf(file.path), baseUrl)
  else if (baseUrl !== undefined) reader.warn(file.path, '`baseUrl` is not a string: it is not applied')
  const paths = own(options, 'paths')
  if (paths !== undefined) result.paths = readPaths(reader, file, paths)
  for (const flag of STRICT_FLAGS) {
    const value = own(options, flag)
    if (typeof value === 'boolean') result.flags = { ...result.flags, [flag]: value }
  }
  return result
}

function readOwnOptions(reader: Reader, file: ConfigFile): OwnOptions {
  let parsed: { config?: unknown; error?: ts.Diagnostic }
  try {
    parsed = ts.parseConfigFileTextToJson(file.path, file.text)
  } catch {
    // The parser recurses: pathological nesting overflows the stack.
    reader.warn(file.path, 'Nested too deeply to read: its module paths are not applied')
    return UNREADABLE
  }
  if (parsed.error !== undefined || !isRecord(parsed.config)) {
    const reason = parsed.error
      ? ts.flattenDiagnosticMessageText(parsed.error.messageText, ' ')
      : 'not an object'
    reader.warn(file.path, `Not a valid config file (${reason}): its module paths are not applied`)
    return UNREADABLE
  }
  const config = parsed.config
  const extendsValue = own(config, 'extends')
  const bases = extendsValue === undefined ? [] : stringsOf(extendsValue)
  if (bases === null)
    reader.warn(file.path, '`extends` is neither a path nor a list of paths: it is not followed')
  const extendsPaths: string[] = []
  let outsideBase = false
  for (const base of bases ?? []) {
    const resolved = configPathOf(reader, file.path, base, false)
    if (resolved !== null) extendsPaths.push(resolved)
    else {
      outsideBase = true
      if (base.startsWith('.'))
        reader.warn(file.path, `extends "${base}", which is not a config file of the repository`)
    }
  }
  const references = own(config, 'references')
  const referencePaths = (Array.isArray(references) ? references : [])
    .map((reference) => (isRecord(reference) ? own(reference, 'path') : undefined))
    .filter((path): path is string => typeof path === 'string')
    .map((path) => configPathOf(reader, file.path, /^\.\.?\//.test(path) ? path : `./${path}`, true))
    .filter((path): path is string => path !== null)
  const files = own(config, 'files')
  return {
    ...readCompilerOptions(reader, file, config),
    outsideBase,
    compilesNothing: Array.isArray(files) && files.length === 0,
    extends: extendsPaths,
    references: referencePaths,
  }
}

function compilerPathsOf(options: Effective): CompilerPaths | null {
  const baseUrl = options.baseUrl ?? null
  if (baseUrl === null && options.paths === undefined) return null
  const folder = baseUrl ?? options.paths?.folder ?? ''
  const aliases = (options.paths?.entries ?? []).map(([pattern, targets]): PathAlias => {
    const star = pattern.indexOf('*')
    return star === -1
      ? { prefix: pattern, suffix: null, targets, folder }
      : { prefix: pattern.slice(0, star), suffix: pattern.slice(star + 1), targets, folder }
  })
  return { baseUrl, aliases }
}

/**
 * Reads `baseUrl` and `paths` from every config, following `extends` to other configs of the set
 * (and to workspace packages' configs), as TypeScript does: a config's own options override the
 * ones it extends, `baseUrl` is relative to the config that sets it, and `paths` to `baseUrl` or,
 * without one, to the config that sets them. A solution-style tsconfig (only `references`) lends
 * the options of the first config it references that has some. Nothing is thrown: what cannot be
 * read becomes a warning.
 */
export function readConfigPaths(
  files: readonly ConfigFile[],
  packages: readonly { name: string; dir: string }[],
): ConfigPaths {
  const warnings: ConfigWarning[] = []
  const byPath = new Map(files.map((file) => [file.path, file]))
  const reader: Reader = {
    configs: new Set(byPath.keys()),
    packages,
    warn: (path, message) => warnings.push({ path, message }),
  }
  const ownOptions = new Map(files.map((file) => [file.path, readOwnOptions(reader, file)]))
  const ownOf = (path: string): OwnOptions => ownOptions.get(path) ?? NOTHING

  const effectiveOptions = new Map<string, Effective>()
  const effectiveOf = (path: string, chain: readonly string[]): Effective => {
    const known = effectiveOptions.get(path)
    if (known !== undefined) return known
    if (chain.includes(path) || chain.length >= MAX_EXTENDS_DEPTH) {
      reader.warn(
        path,
        `\`extends\` goes round in a circle or deeper than ${MAX_EXTENDS_DEPTH} configs: cut here`,
      )
      return {}
    }
    const options = ownOf(path)
    let merged: Effective = {}
    for (const base of options.extends) {
      const inherited = effectiveOf(base, [...chain, path])
      merged = {
        baseUrl: inherited.baseUrl ?? merged.baseUrl,
        paths: inherited.paths ?? merged.paths,
        flags: { ...merged.flags, ...inherited.flags },
        outsideBase: merged.outsideBase === true || inherited.outsideBase === true,
      }
    }
    merged = {
      baseUrl: options.baseUrl !== undefined ? options.baseUrl : merged.baseUrl,
      paths: options.paths ?? merged.paths,
      flags: { ...merged.flags, ...options.flags },
      outsideBase: merged.outsideBase === true || options.outsideBase === true,
    }
    effectiveOptions.set(path, merged)
    return merged
  }

  const pathsOfOwner = (path: string): CompilerPaths | null => {
    let options = effectiveOf(path, [])
    if (options.baseUrl == null && options.paths === undefined)
      for (const reference of ownOf(path).references) {
        const referenced = effectiveOf(reference, [])
        if (referenced.baseUrl != null || referenced.paths !== undefined) {
          options = referenced
          break
        }
      }
    return compilerPathsOf(options)
  }

  const ownerByFolder = new Map<string, string>()
  // tsconfig.json goes last, so it wins over a jsconfig.json beside it.
  for (const name of [...OWNER_NAMES].reverse())
    for (const path of byPath.keys()) if (basename(path) === name) ownerByFolder.set(dirnameOf(path), path)
  // Read up front, so the warnings are complete whichever files get resolved.
  const pathsByOwner = new Map([...ownerByFolder.values()].map((owner) => [owner, pathsOfOwner(owner)]))

  const byFolder = new Map<string, CompilerPaths | null>()
  return {
    warnings,
    strictnessOf(path) {
      const own = ownOf(path)
      if (own.compilesNothing === true || own.unreadable === true) return null
      const { flags = {}, outsideBase = false } = effectiveOf(path, [])
      // Unset means TypeScript's default (off), unless a base we cannot read may have set it.
      const known = (value: boolean | undefined): boolean | null => value ?? (outsideBase ? null : false)
      const strict = known(flags.strict)
      // noImplicitAny and strictNullChecks follow `strict` unless set themselves.
      const followsStrict = (value: boolean | undefined): boolean | null => value ?? strict
      return {
        strict,
        noImplicitAny: followsStrict(flags.noImplicitAny),
        strictNullChecks: followsStrict(flags.strictNullChecks),
      }
    },
    forFile(path) {
      const folder = dirnameOf(path)
      if (byFolder.has(folder)) return byFolder.get(folder) ?? null
      let found: CompilerPaths | null = null
      for (const above of foldersAbove(path)) {
        const owner = ownerByFolder.get(above)
        if (owner !== undefined) {
          found = pathsByOwner.get(owner) ?? null
          break
        }
      }
      byFolder.set(folder, found)
      return found
    },
  }
}

/**
 * Where a bare specifier may live by the `paths` aliases, in the order TypeScript tries them: an
 * exact pattern wins, then the wildcard pattern with the longest prefix. Empty when none match.
 */
export function aliasTargets(compilerPaths: CompilerPaths, specifier: string): string[] {
  let best: { alias: PathAlias; captured: string } | null = null
  for (const alias of compilerPaths.aliases) {
    if (alias.suffix === null) {
      if (alias.prefix === specifier) {
        best = { alias, captured: '' }
        break
      }
      continue
    }
    const fits =
      specifier.length >= alias.prefix.length + alias.suffix.length &&
      specifier.startsWith(alias.prefix) &&
      specifier.endsWith(alias.suffix)
    if (fits && (best === null || alias.prefix.length > best.alias.prefix.length))
      best = { alias, captured: specifier.slice(alias.prefix.length, specifier.length - alias.suffix.length) }
  }
  if (best === null) return []
  const { alias, captured } = best
  return alias.targets
    .map((target) => joinInRepo(alias.folder, target.replace('*', captured)))
    .filter((target): target is string => target !== null)
}
