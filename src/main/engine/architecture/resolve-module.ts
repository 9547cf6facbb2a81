import { findModuleFile } from './module-file'
import { builtinNameOf, packageNameOf } from './package-specifier'
import { dirnameOf, joinInRepo } from './repo-paths'
import { aliasTargets, readConfigPaths, type ConfigFile, type ConfigWarning } from './tsconfig-paths'

/** A package of the repository's own workspaces (npm/yarn `workspaces`, pnpm-workspace.yaml). */
export interface WorkspacePackage {
  name: string
  /** Its folder, repository-relative; `''` for the root package. */
  dir: string
  /** `main` (or `module`) of its package.json, when the caller has it. */
  main?: string | null
}

export type ModuleResolution =
  | { kind: 'internal'; path: string }
  | { kind: 'package'; name: string }
  | { kind: 'builtin'; name: string }
  | { kind: 'unresolved' }

export interface ModuleResolverInput {
  /** Every tracked file, repository-relative with `/`. */
  files: readonly string[]
  /** tsconfig.json and jsconfig.json files, and the configs they extend. */
  configs: readonly ConfigFile[]
  workspacePackages: readonly WorkspacePackage[]
}

export interface ModuleResolver {
  resolve(fromPath: string, specifier: string): ModuleResolution
  /** Config files that could not be read or applied in full. */
  readonly warnings: readonly ConfigWarning[]
}

const UNRESOLVED: ModuleResolution = { kind: 'unresolved' }
/** A package's entry when its package.json gives none, or gives a build output that is not committed. */
const ENTRY_GUESSES = ['src/index', 'index', 'lib/index']

function isRelative(specifier: string): boolean {
  return specifier === '.' || specifier === '..' || specifier.startsWith('./') || specifier.startsWith('../')
}

/**
 * Resolves import specifiers the way TypeScript's bundler resolution does, over the file list only:
 * relative paths (with extensions, index files and `.js` for `.ts`), then tsconfig `paths` and
 * `baseUrl`, then the repository's own workspace packages, then the runtime's built-in modules;
 * any other bare name is an external package. Nothing is read from disk.
 */
export function createModuleResolver(input: ModuleResolverInput): ModuleResolver {
  const files = new Set(input.files)
  const exists = (path: string): boolean => files.has(path)
  const configPaths = readConfigPaths(input.configs, input.workspacePackages)
  // Longest name first, so `@acme/ui-kit` is not taken for `@acme/ui` + `-kit`.
  const packages = [...input.workspacePackages].sort((left, right) => right.name.length - left.name.length)

  const inRepo = (base: string, relative: string): string | null => {
    const target = joinInRepo(base, relative)
    return target === null ? null : findModuleFile(target, exists)
  }

  const fromWorkspace = (specifier: string): ModuleResolution | null => {
    const owner = packages.find(
      (candidate) => specifier === candidate.name || specifier.startsWith(`${candidate.name}/`),
    )
    if (owner === undefined) return null
    const subpath = specifier.slice(owner.name.length + 1)
    const attempts =
      subpath === '' ? [...(owner.main ? [owner.main] : []), ...ENTRY_GUESSES] : [subpath, `src/${subpath}`]
    for (const attempt of attempts) {
      const path = inRepo(owner.dir, attempt)
      if (path !== null) return { kind: 'internal', path }
    }
    return UNRESOLVED
  }

  const fromConfig = (fromPath: string, specifier: string): string | null => {
    const compilerPaths = configPaths.forFile(fromPath)
    if (compilerPaths === null) return null
    for (const target of aliasTargets(compilerPaths, specifier)) {
      const path = findModuleFile(target, exists)
      if (path !== null) return path
    }
    return compilerPaths.baseUrl === null ? null : inRepo(compilerPaths.baseUrl, specifier)
  }

  return {
    warnings: configPaths.warnings,
    resolve(fromPath, specifier) {
      if (isRelative(specifier)) {
        // `.`, `..` and `./dir/` name a folder: only its index file will do.
        const folderOnly = specifier === '.' || specifier === '..' || specifier.endsWith('/')
        const path = inRepo(
          dirnameOf(fromPath),
          folderOnly ? `${specifier.replace(/\/$/, '')}/index` : specifier,
        )
        return path === null ? UNRESOLVED : { kind: 'internal', path }
      }
      const aliased = fromConfig(fromPath, specifier)
      if (aliased !== null) return { kind: 'internal', path: aliased }
      const workspace = fromWorkspace(specifier)
      if (workspace !== null) return workspace
      const builtin = builtinNameOf(specifier)
      if (builtin !== null) return { kind: 'builtin', name: builtin }
      const name = packageNameOf(specifier)
      return name === null ? UNRESOLVED : { kind: 'package', name }
    },
  }
}
