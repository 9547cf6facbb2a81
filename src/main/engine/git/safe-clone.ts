import { createHash } from 'node:crypto'
import { lstat, mkdir, readdir, rename, rm, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { AuditSpec, GitReader, RepoCaps, RepoFile } from '../types'
import { persistCloneHardening } from './clone-config'
import {
  GitCommandError,
  createGitReader,
  runLocalGit,
  runNetworkGit,
  type NetworkRunOptions,
  type NetworkTimeouts,
} from './git-command'
import { prepareGitEnvironment, type GitEnvironment } from './git-environment'
import { checkGitVersion } from './git-version'
import { RepoAccessError, classifyGitFailure } from './repo-access-error'
import { validateLocalFolder, validateRepoUrl } from './repo-source'
import { listTrackedFiles } from './tree-caps'

/**
 * Gets an audited repository into the clone cache without running anything from it (security.md
 * decisions 1–5, d.1–d.5). Network phase: `clone --no-checkout` into `<id>.tmp`, renamed into place
 * only when complete; a later audit fetches into the same clone. Local phases, under the sterile config:
 * resolve the commit, walk the tree against the caps, and only then check out.
 */
export interface PreparedRepository {
  repoDir: string
  commitSha: string | null
  commitDate: Date | null
  branch: string | null
  files: RepoFile[]
  git: GitReader
  /** Things the auditor should know that did not stop the run (an old git, say). */
  warnings: string[]
}

export interface PrepareOptions {
  cacheDir: string
  caps: RepoCaps
  signal: AbortSignal
  onProgress?: (message: string) => void
  timeouts?: Partial<NetworkTimeouts>
}

interface ResolvedSource {
  cloneUrl: string
  /** How the source is named in messages: the URL (validated, so without credentials) or the folder. */
  label: string
  /** What the clone folder name is derived from. */
  identity: string
  local: boolean
}

// Temp clones this old belong to no running audit (an audit is capped at one hour of transfer).
const STALE_TEMP_MS = 24 * 60 * 60 * 1000

/** The clone folder name: the first 16 hex digits of sha256 over the normalised source. */
export function cloneId(identity: string): string {
  return createHash('sha256').update(identity).digest('hex').slice(0, 16)
}

/** `https://host/a/b`, `https://host/a/b/` and `https://host/a/b.git` are one repository and one clone. */
export function normaliseUrl(url: string): string {
  return url.replace(/\/+$/, '').replace(/\.git$/, '')
}

async function resolveSource(spec: AuditSpec, cacheDir: string): Promise<ResolvedSource> {
  if (spec.sourceKind === 'url') {
    const verdict = validateRepoUrl(spec.source)
    if (!verdict.ok) throw new RepoAccessError('invalid-source', verdict.reason)
    return {
      cloneUrl: verdict.url,
      label: verdict.url,
      identity: `url\0${normaliseUrl(verdict.url)}`,
      local: false,
    }
  }
  if (spec.sourceKind === 'local') {
    const verdict = await validateLocalFolder(spec.source, { forbiddenRoots: [cacheDir] })
    if (!verdict.ok) throw new RepoAccessError(verdict.code, verdict.reason)
    // Cloned over file:// with --no-local: the source is read by upload-pack only, never used as a cwd.
    return {
      cloneUrl: pathToFileURL(verdict.path).href,
      label: `"${spec.source}"`,
      identity: `local\0${verdict.path}`,
      local: true,
    }
  }
  throw new RepoAccessError('invalid-source', 'The source must be a URL or a local folder.')
}

/** Removes this repository's leftover temp clone, and any other temp clone too old to be in use. */
async function removeStaleTemporaries(reposDir: string, id: string): Promise<void> {
  for (const name of await readdir(reposDir)) {
    if (!name.endsWith('.tmp')) continue
    const path = join(reposDir, name)
    const stats = await stat(path).catch(() => null)
    if (name === `${id}.tmp` || (stats !== null && Date.now() - stats.mtimeMs > STALE_TEMP_MS))
      await rm(path, { recursive: true, force: true })
  }
}

async function isUsableClone(repoDir: string, git: GitReader): Promise<boolean> {
  const dotGit = await lstat(join(repoDir, '.git')).catch(() => null)
  if (dotGit === null || !dotGit.isDirectory()) return false
  return git.run(['rev-parse', '--git-dir']).then(
    () => true,
    () => false,
  )
}

async function revParse(git: GitReader, revision: string): Promise<string | null> {
  try {
    const sha = (await git.run(['rev-parse', '--verify', '--quiet', revision])).trim()
    return /^[0-9a-f]{40,64}$/.test(sha) ? sha : null
  } catch (error) {
    if (error instanceof GitCommandError) return null
    throw error
  }
}

async function symbolicName(git: GitReader, ref: string): Promise<string | null> {
  try {
    return (await git.run(['rev-parse', '--symbolic-full-name', ref])).trim() || null
  } catch (error) {
    if (error instanceof GitCommandError) return null
    throw error
  }
}

interface Target {
  sha: string
  branch: string | null
}

/**
 * The commit to audit: the remote's default branch. After a fresh clone that is HEAD; after a fetch it
 * is `origin/HEAD`, which fetch does not move, so a renamed default branch is asked for again.
 * null means the repository has no commits.
 */
async function resolveTarget(
  git: GitReader,
  refreshed: boolean,
  network: NetworkRunOptions,
): Promise<Target | null> {
  if (!refreshed) {
    const sha = await revParse(git, 'HEAD^{commit}')
    if (sha === null) return null
    const name = await symbolicName(git, 'HEAD')
    return { sha, branch: name?.startsWith('refs/heads/') ? name.slice('refs/heads/'.length) : null }
  }
  let sha = await revParse(git, 'refs/remotes/origin/HEAD^{commit}')
  if (sha === null) {
    await runNetworkGit(['remote', 'set-head', 'origin', '--auto'], network).catch((error: unknown) => {
      if (error instanceof RepoAccessError && error.code === 'cancelled') throw error
    })
    sha = await revParse(git, 'refs/remotes/origin/HEAD^{commit}')
  }
  if (sha === null) {
    const refs = (await git.run(['for-each-ref', '--format=%(refname)', 'refs/remotes/origin'])).trim()
    if (refs === '') return null
    throw new RepoAccessError(
      'rejected-by-git',
      'The remote does not say which branch it checks out by default (its HEAD), so Diligent cannot tell what to audit.',
    )
  }
  const name = await symbolicName(git, 'refs/remotes/origin/HEAD')
  const prefix = 'refs/remotes/origin/'
  return { sha, branch: name?.startsWith(prefix) ? name.slice(prefix.length) : null }
}

/** A repository that became empty: its old files must not be analysed as if they were current. */
async function clearWorkTree(repoDir: string): Promise<void> {
  for (const name of await readdir(repoDir)) {
    if (name !== '.git') await rm(join(repoDir, name), { recursive: true, force: true })
  }
}

function describeProgress(verb: string, event: { stage: string; progress: number }): string {
  return `${verb}: ${event.stage.replace(/:$/, '')} ${event.progress}%`
}

async function fetchInto(repoDir: string, network: NetworkRunOptions): Promise<void> {
  await runNetworkGit(['fetch', '--prune', '--no-recurse-submodules', '--progress', 'origin'], {
    ...network,
    cwd: repoDir,
  })
}

async function cloneInto(
  source: ResolvedSource,
  reposDir: string,
  repoDir: string,
  network: NetworkRunOptions,
): Promise<void> {
  const temporary = `${repoDir}.tmp`
  await rm(repoDir, { recursive: true, force: true })
  try {
    await runNetworkGit(
      [
        'clone',
        '--no-checkout',
        '--no-recurse-submodules',
        // The auditor's clone.defaultRemoteName must not rename the remote every later step relies on.
        '--origin',
        'origin',
        ...(source.local ? ['--no-local'] : []),
        '--progress',
        '--',
        source.cloneUrl,
        temporary,
      ],
      { ...network, cwd: reposDir },
    )
    await rename(temporary, repoDir)
  } catch (error) {
    await rm(temporary, { recursive: true, force: true })
    throw error
  }
}

function toRepoAccessError(error: unknown, signal: AbortSignal, label: string): unknown {
  if (error instanceof RepoAccessError) return error
  if (signal.aborted) return new RepoAccessError('cancelled', 'Cancelled.', { cause: error })
  if (error instanceof GitCommandError) {
    const mapped = classifyGitFailure(error.stderr, label)
    return new RepoAccessError(mapped.code, mapped.message, { cause: error })
  }
  return error
}

async function prepare(
  spec: AuditSpec,
  options: PrepareOptions,
  label: { value: string },
): Promise<PreparedRepository> {
  const { signal } = options
  const say = options.onProgress ?? (() => undefined)
  signal.throwIfAborted()
  const cacheDir = resolve(options.cacheDir)
  const source = await resolveSource(spec, cacheDir)
  label.value = source.label
  const reposDir = join(cacheDir, 'repos')
  await mkdir(reposDir, { recursive: true })
  const environment: GitEnvironment = await prepareGitEnvironment({ cacheDir, sourceKind: spec.sourceKind })
  const version = await checkGitVersion(environment, reposDir, signal)
  const warnings = version.warning === null ? [] : [version.warning]

  const id = cloneId(source.identity)
  const repoDir = join(reposDir, id)
  await removeStaleTemporaries(reposDir, id)
  const git = createGitReader(repoDir, environment, signal)
  const refreshed = await isUsableClone(repoDir, git)
  const network: NetworkRunOptions = {
    cwd: repoDir,
    environment,
    signal,
    timeouts: options.timeouts,
    onProgress: (event) => say(describeProgress(refreshed ? 'Fetching' : 'Cloning', event)),
  }
  if (refreshed) {
    say('Fetching updates')
    await fetchInto(repoDir, network)
  } else {
    say('Cloning')
    await cloneInto(source, reposDir, repoDir, network)
  }
  await persistCloneHardening(repoDir, environment)

  const target = await resolveTarget(git, refreshed, network)
  if (target === null) {
    if (refreshed) await clearWorkTree(repoDir)
    return { repoDir, commitSha: null, commitDate: null, branch: null, files: [], git, warnings }
  }
  const seconds = Number((await git.run(['log', '-1', '--format=%ct', target.sha])).trim())
  const commitDate = Number.isFinite(seconds) ? new Date(seconds * 1000) : null

  say('Checking the file tree against the limits')
  const files = await listTrackedFiles(git, target.sha, options.caps)

  say(`Checking out ${target.sha.slice(0, 12)}`)
  await runLocalGit(
    repoDir,
    environment,
    ['checkout', '--force', '--detach', '--quiet', '--no-recurse-submodules', target.sha],
    signal,
  )
  return { repoDir, commitSha: target.sha, commitDate, branch: target.branch, files, git, warnings }
}

/**
 * Clones (or refreshes) the repository named by `spec` into `<cacheDir>/repos/<id>` and checks out its
 * default branch. Every failure is a RepoAccessError whose message tells the auditor what to do.
 */
export async function prepareRepository(
  spec: AuditSpec,
  options: PrepareOptions,
): Promise<PreparedRepository> {
  const label = { value: JSON.stringify(String(spec.source)) }
  try {
    return await prepare(spec, options, label)
  } catch (error) {
    throw toRepoAccessError(error, options.signal, label.value)
  }
}
