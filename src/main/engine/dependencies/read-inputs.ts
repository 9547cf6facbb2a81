import type { AnalyzerContext } from '../types'
import { readCargoToml } from './cargo-toml'
import { readGemfile } from './gemfile'
import { readGoMod } from './go-mod'
import type { LocatedFile } from './locate-files'
import type { LockContents, ManifestRead, Warn } from './model'
import { readNpmLockfile } from './npm-lockfile'
import { readNpmManifest } from './npm-manifest'
import { parseJson, parseYaml } from './parse-structured'
import { readPnpmLockfile } from './pnpm-lockfile'
import { readPnpmWorkspace } from './pnpm-workspace'
import { readPomXml } from './pom-xml'
import { readPyprojectToml } from './pyproject-toml'
import { readText } from './read-text'
import { readRequirementsTxt } from './requirements-txt'
import { parseToml, TomlError, type TomlTable } from './toml'
import { readYarnBerryLockfile } from './yarn-berry-lockfile'
import { readYarnClassicLockfile } from './yarn-classic-lockfile'
import { folderOf } from './values'

/** Everything read from the repository's manifests and lockfiles, before any cross-file reasoning. */
export interface Inputs {
  manifests: ManifestRead[]
  /** pnpm-workspace.yaml `packages`, by folder. */
  pnpmWorkspaces: Map<string, string[]>
  /** npm-family lockfiles: contents, or null when present but not read (malformed, unknown version, bun). */
  lockfiles: { path: string; contents: LockContents | null }[]
  /** Lockfiles of other ecosystems, present or not read: only their presence matters. */
  otherLockfiles: string[]
  licenceTexts: { path: string; text: string }[]
}

/** Progress is reported once per this many files, and at the end. */
const PROGRESS_EVERY_FILES = 20

function tomlDocument(path: string, text: string, warn: Warn): TomlTable | null {
  try {
    return parseToml(text)
  } catch (error) {
    if (!(error instanceof TomlError)) throw error
    warn(`Not valid TOML (${error.message}), so it was skipped`, path)
    return null
  }
}

function yarnLockfile(path: string, text: string, warn: Warn): LockContents | null {
  // yarn 2+ writes YAML with a __metadata entry; yarn 1 its own format.
  if (/^__metadata:/m.test(text)) return readYarnBerryLockfile(path, parseYaml(text, path, warn), warn)
  return readYarnClassicLockfile(path, text, warn)
}

/** One file, by role, into `inputs`. */
async function readOne(context: AnalyzerContext, { file, role }: LocatedFile, inputs: Inputs): Promise<void> {
  const path = file.path
  const warn: Warn = (message, at) => context.warn(message, at ?? path)
  if (role === 'other-lockfile') {
    inputs.otherLockfiles.push(path)
    return
  }
  if (role === 'bun.lock') {
    warn('bun lockfiles are not read: the packages it pins are not listed or checked')
    inputs.lockfiles.push({ path, contents: null })
    return
  }
  const text = await readText(context, file)
  if (text === null) {
    if (role === 'package-lock.json' || role === 'yarn.lock' || role === 'pnpm-lock.yaml') {
      inputs.lockfiles.push({ path, contents: null })
    }
    return
  }
  const manifest = (read: ManifestRead | null): void => {
    if (read !== null) inputs.manifests.push(read)
  }
  const lockfile = (contents: LockContents | null): void => {
    inputs.lockfiles.push({ path, contents })
  }
  switch (role) {
    case 'package.json':
      return manifest(readNpmManifest(path, parseJson(text, path, warn), warn))
    case 'pnpm-workspace.yaml':
      inputs.pnpmWorkspaces.set(folderOf(path), readPnpmWorkspace(path, text, warn))
      return
    case 'package-lock.json':
      return lockfile(readNpmLockfile(path, parseJson(text, path, warn), warn))
    case 'yarn.lock':
      return lockfile(yarnLockfile(path, text, warn))
    case 'pnpm-lock.yaml':
      return lockfile(readPnpmLockfile(path, parseYaml(text, path, warn), warn))
    case 'requirements.txt':
      return manifest(readRequirementsTxt(path, text))
    case 'pyproject.toml': {
      const document = tomlDocument(path, text, warn)
      return manifest(document === null ? null : readPyprojectToml(path, document))
    }
    case 'Cargo.toml': {
      const document = tomlDocument(path, text, warn)
      return manifest(document === null ? null : readCargoToml(path, document))
    }
    case 'go.mod':
      return manifest(readGoMod(path, text))
    case 'Gemfile':
      return manifest(readGemfile(path, text))
    case 'pom.xml':
      return manifest(readPomXml(path, text))
    case 'licence-file':
      inputs.licenceTexts.push({ path, text })
      return
  }
}

/**
 * Reads every located file, one at a time (a handful of files, some of them large: reading them
 * in parallel would only raise the peak memory). A file that fails in an unforeseen way is a
 * warning and the others are still read; only cancellation stops the loop.
 */
export async function readInputs(context: AnalyzerContext, located: readonly LocatedFile[]): Promise<Inputs> {
  const inputs: Inputs = {
    manifests: [],
    pnpmWorkspaces: new Map(),
    lockfiles: [],
    otherLockfiles: [],
    licenceTexts: [],
  }
  let done = 0
  for (const entry of located) {
    context.signal.throwIfAborted()
    try {
      await readOne(context, entry, inputs)
    } catch (error) {
      context.signal.throwIfAborted()
      context.warn(
        `Could not be read (${error instanceof Error ? error.message : String(error)}), so it was skipped`,
        entry.file.path,
      )
    }
    done += 1
    if (done % PROGRESS_EVERY_FILES === 0 || done === located.length) {
      context.progress({
        done,
        total: located.length,
        message: `Read ${done} of ${located.length} manifests and lockfiles`,
      })
    }
  }
  return inputs
}
