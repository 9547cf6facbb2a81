import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { StringDecoder } from 'node:string_decoder'
import { RecordSplitter } from './record-splitter'
import { simpleGit, type SimpleGitProgressEvent } from 'simple-git'
import type { GitReader } from '../types'
import type { GitEnvironment } from './git-environment'
import { RepoAccessError } from './repo-access-error'

/**
 * How git is invoked, in one place (security.md d.3–d.5): one argv builder that puts constant hardening
 * flags in front of every command, simple-git for the network phase (clone, fetch), and a `spawn`
 * runner for local reads, which streams because simple-git buffers all of stdout. This is the only
 * module in `src` allowed to start processes (eslint `no-restricted-imports`).
 */

type ArgvContext = Pick<GitEnvironment, 'hooksDir' | 'platform'>

function config(key: string, value: string): string[] {
  return ['-c', `${key}=${value}`]
}

/**
 * The `-c` overrides of the network phase (d.3). They beat the auditor's global config, which this
 * phase still reads for credentials. `fetch.`/`receive.fsckObjects` are pinned too because they take
 * precedence over `transfer.fsckObjects`, and a user config could turn them off.
 */
export function networkOverrides(context: ArgvContext): string[] {
  return [
    ...config('core.hooksPath', context.hooksDir),
    ...config('core.fsmonitor', 'false'),
    ...config('core.symlinks', 'false'),
    ...config('core.protectNTFS', 'true'),
    ...config('core.protectHFS', 'true'),
    ...(context.platform === 'win32' ? config('core.longpaths', 'true') : []),
    ...config('submodule.recurse', 'false'),
    ...config('transfer.fsckObjects', 'true'),
    ...config('fetch.fsckObjects', 'true'),
    ...config('receive.fsckObjects', 'true'),
    ...config('transfer.bundleURI', 'false'),
    ...config('safe.bareRepository', 'explicit'),
    ...config('filter.lfs.smudge', ''),
    ...config('filter.lfs.process', ''),
    ...config('filter.lfs.required', 'false'),
  ]
}

/**
 * The local phases repeat the sterile config (d.4) on the command line: `-c` outranks the clone's own
 * `.git/config`, and no transport may be used at all (`GIT_ALLOW_PROTOCOL` is not set there).
 */
export function localOverrides(context: ArgvContext): string[] {
  return [
    ...networkOverrides(context),
    ...config('protocol.allow', 'never'),
    ...config('core.quotePath', 'false'),
    ...config('color.ui', 'false'),
    ...config('log.showSignature', 'false'),
    ...config('advice.detachedHead', 'false'),
  ]
}

// textconv is on by default for log/diff/show, and an external diff driver runs for diff (T3, d.4).
const DIFF_PRODUCING = new Set(['log', 'diff', 'show'])
const DIFF_SAFETY = ['--no-textconv', '--no-ext-diff', '--no-color']

function withDiffSafety(args: readonly string[]): string[] {
  const [subcommand, ...rest] = args
  if (subcommand === undefined) throw new Error('A git command needs a subcommand.')
  return DIFF_PRODUCING.has(subcommand) ? [subcommand, ...DIFF_SAFETY, ...rest] : [subcommand, ...rest]
}

/** `git --no-pager <network -c…> <args>`; the caller puts any URL after `--`. */
export function buildNetworkArgv(context: ArgvContext, args: readonly string[]): string[] {
  return ['--no-pager', ...networkOverrides(context), ...withDiffSafety(args)]
}

/** `git --no-pager <local -c…> --git-dir=<clone>/.git --work-tree=<clone> <args>`: always the clone root. */
export function buildLocalArgv(
  context: ArgvContext & { repoDir: string },
  args: readonly string[],
): string[] {
  return [
    '--no-pager',
    ...localOverrides(context),
    `--git-dir=${join(context.repoDir, '.git')}`,
    `--work-tree=${context.repoDir}`,
    ...withDiffSafety(args),
  ]
}

/** A git command that exited non-zero. The argv is not kept: it is never logged (T7). */
export class GitCommandError extends Error {
  readonly subcommand: string
  readonly exitCode: number | null
  readonly stderr: string

  constructor(subcommand: string, exitCode: number | null, stderr: string) {
    const detail = stderr.trim().split('\n').slice(-3).join(' ').slice(0, 500)
    super(
      `git ${subcommand} failed${exitCode === null ? '' : ` (exit ${exitCode})`}${detail ? `: ${detail}` : ''}`,
    )
    this.name = 'GitCommandError'
    this.subcommand = subcommand
    this.exitCode = exitCode
    this.stderr = stderr
  }
}

export const GIT_MISSING_MESSAGE =
  'git was not found. Install git (2.45.1 or newer; 2.50.1 or newer recommended) and make sure it is on the PATH.'

const MAX_STDERR_CHARS = 64 * 1024
const MAX_BUFFERED_STDOUT_BYTES = 64 * 1024 * 1024
const MAX_RECORD_CHARS = 64 * 1024 * 1024

export interface SpawnGitOptions {
  cwd: string
  env: Readonly<Record<string, string>>
  signal?: AbortSignal
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted', 'AbortError')
}

function subcommandOf(argv: readonly string[]): string {
  let skipNext = false
  for (const arg of argv) {
    if (skipNext) skipNext = false
    else if (arg === '-c') skipNext = true
    else if (!arg.startsWith('-')) return arg
  }
  return argv[argv.length - 1] ?? 'git'
}

/** Starts git with an explicit env and no stdin, so nothing can wait for input. */
function startGit(argv: readonly string[], options: SpawnGitOptions) {
  const child = spawn('git', [...argv], {
    cwd: options.cwd,
    env: { ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    windowsHide: true,
    shell: false,
  })
  let stderr = ''
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk: string) => {
    if (stderr.length < MAX_STDERR_CHARS) stderr += chunk.slice(0, MAX_STDERR_CHARS - stderr.length)
  })
  const finished = new Promise<{ code: number | null; spawnError: NodeJS.ErrnoException | null }>(
    (resolve) => {
      let spawnError: NodeJS.ErrnoException | null = null
      child.once('error', (error) => {
        spawnError = error
        // 'close' may not follow a failed spawn; settle here as well.
        if (child.pid === undefined) resolve({ code: null, spawnError })
      })
      child.once('close', (code) => resolve({ code, spawnError }))
    },
  )
  const kill = (): void => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  }
  return { child, finished, kill, stderr: () => stderr }
}

function failure(
  argv: readonly string[],
  code: number | null,
  spawnError: NodeJS.ErrnoException | null,
  stderr: string,
): Error {
  if (spawnError?.code === 'ENOENT')
    return new RepoAccessError('git-missing', GIT_MISSING_MESSAGE, { cause: spawnError })
  if (spawnError) return spawnError
  return new GitCommandError(subcommandOf(argv), code, stderr)
}

/** Runs git to completion and returns stdout; for short commands (rev-parse, checkout, --version). */
export async function spawnGit(argv: readonly string[], options: SpawnGitOptions): Promise<string> {
  options.signal?.throwIfAborted()
  const { child, finished, kill, stderr } = startGit(argv, options)
  const onAbort = (): void => kill()
  options.signal?.addEventListener('abort', onAbort, { once: true })
  const chunks: Buffer[] = []
  let size = 0
  let overflow = false
  child.stdout.on('data', (chunk: Buffer) => {
    size += chunk.length
    if (size > MAX_BUFFERED_STDOUT_BYTES) {
      overflow = true
      kill()
    } else chunks.push(chunk)
  })
  try {
    const { code, spawnError } = await finished
    if (options.signal?.aborted) throw abortReason(options.signal)
    if (overflow)
      throw new GitCommandError(subcommandOf(argv), code, 'output too large to buffer; use stream() instead')
    if (code !== 0 || spawnError) throw failure(argv, code, spawnError, stderr())
    return Buffer.concat(chunks).toString('utf8')
  } finally {
    options.signal?.removeEventListener('abort', onAbort)
    kill()
  }
}

/**
 * Streams git's stdout as records split on `separator`, reading only as fast as the consumer pulls
 * (back-pressure keeps memory flat on a whole-history `log -p`). Breaking out of the loop or aborting
 * the signal kills git; a non-zero exit throws with git's stderr.
 */
export async function* streamGit(
  argv: readonly string[],
  options: SpawnGitOptions & { separator?: string },
): AsyncGenerator<string, void, undefined> {
  const records = new RecordSplitter(options.separator ?? '\n')
  options.signal?.throwIfAborted()
  const { child, finished, kill, stderr } = startGit(argv, options)
  const onAbort = (): void => kill()
  options.signal?.addEventListener('abort', onAbort, { once: true })
  const decoder = new StringDecoder('utf8')
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      for (const record of records.push(decoder.write(chunk))) {
        if (options.signal?.aborted) throw abortReason(options.signal)
        yield record
      }
      if (records.pendingChars > MAX_RECORD_CHARS)
        throw new GitCommandError(
          subcommandOf(argv),
          null,
          `a single record is larger than ${MAX_RECORD_CHARS} characters`,
        )
    }
    const last = [...records.push(decoder.end())]
    const { code, spawnError } = await finished
    if (options.signal?.aborted) throw abortReason(options.signal)
    if (code !== 0 || spawnError) throw failure(argv, code, spawnError, stderr())
    yield* last
    const rest = records.rest()
    if (rest !== '') yield rest
  } finally {
    options.signal?.removeEventListener('abort', onAbort)
    kill()
  }
}

// ---------------------------------------------------------------------------------------------
// Network phase: simple-git, the only instance that talks to a remote (d.5).

export interface NetworkTimeouts {
  /** Kill git after this long with no output at all (simple-git `timeout.block`). */
  inactivityMs: number
  /** Kill git when progress lines keep coming but the object count stops advancing for this long. */
  stallMs: number
  /** Hard cap on one clone or fetch. */
  wallClockMs: number
}

export const DEFAULT_NETWORK_TIMEOUTS: NetworkTimeouts = {
  inactivityMs: 120_000,
  stallMs: 120_000,
  wallClockMs: 60 * 60_000,
}

/** The ambient-guarded variables this instance may pass: exactly the ones git-environment sets. */
export const NETWORK_ALLOWED_ENVIRONMENT = [
  'GIT_TERMINAL_PROMPT',
  'GIT_ALLOW_PROTOCOL',
  'GIT_LFS_SKIP_SMUDGE',
  'GIT_CONFIG_NOSYSTEM',
  'GIT_CONFIG_GLOBAL',
] as const

/**
 * simple-git's unsafe-actions plugin refuses even safe values of these keys; we opt in to exactly the
 * categories our constant overrides need (hooksPath, fsmonitor, filter.lfs.*, GIT_CONFIG_GLOBAL) and
 * nothing else, so `--upload-pack`, `protocol.*.allow`, `core.sshCommand` and friends stay blocked.
 */
export const NETWORK_UNSAFE_OPT_INS = {
  allowUnsafeHooksPath: true,
  allowUnsafeFsMonitor: true,
  allowUnsafeFilter: true,
  allowUnsafeConfigPaths: true,
} as const

export interface NetworkRunOptions {
  cwd: string
  environment: GitEnvironment
  signal: AbortSignal
  onProgress?: (event: SimpleGitProgressEvent) => void
  timeouts?: Partial<NetworkTimeouts>
}

function duration(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000))
  if (seconds < 120) return seconds === 1 ? '1 second' : `${seconds} seconds`
  return `${Math.round(seconds / 60)} minutes`
}

function isPluginError(error: unknown, plugin: string): boolean {
  return error instanceof Error && (error as Error & { plugin?: string }).plugin === plugin
}

/**
 * Runs a clone or fetch. The argv comes from `buildNetworkArgv` (constants plus the caller's args, with
 * any URL after `--`). Cancellation and every timeout kill git; the error says which happened.
 */
export async function runNetworkGit(args: readonly string[], options: NetworkRunOptions): Promise<string> {
  options.signal.throwIfAborted()
  const timeouts = { ...DEFAULT_NETWORK_TIMEOUTS, ...options.timeouts }
  const watchdog = new AbortController()
  let stopReason: string | null = null
  const stop = (reason: string): void => {
    stopReason ??= reason
    watchdog.abort()
  }
  const wallClock = setTimeout(
    () => stop(`took longer than ${duration(timeouts.wallClockMs)}`),
    timeouts.wallClockMs,
  )
  let lastPosition = ''
  let lastAdvance = Date.now()
  const git = simpleGit({
    baseDir: options.cwd,
    maxConcurrentProcesses: 1,
    abort: AbortSignal.any([options.signal, watchdog.signal]),
    timeout: { block: timeouts.inactivityMs },
    progress: (event) => {
      const position = `${event.stage}:${event.processed}`
      if (position !== lastPosition) {
        lastPosition = position
        lastAdvance = Date.now()
      } else if (Date.now() - lastAdvance > timeouts.stallMs) {
        stop(`made no progress for ${duration(timeouts.stallMs)}`)
      }
      options.onProgress?.(event)
    },
    unsafe: NETWORK_UNSAFE_OPT_INS,
    allowEnvironment: NETWORK_ALLOWED_ENVIRONMENT,
  }).env({ ...options.environment.network })
  try {
    return await git.raw(buildNetworkArgv(options.environment, args))
  } catch (error) {
    if (options.signal.aborted) throw new RepoAccessError('cancelled', 'Cancelled.', { cause: error })
    if (stopReason !== null)
      throw new RepoAccessError(
        'unreachable',
        `The transfer ${stopReason} and was stopped. Try again later.`,
        {
          cause: error,
        },
      )
    if (isPluginError(error, 'timeout'))
      throw new RepoAccessError(
        'unreachable',
        `The server sent nothing for ${duration(timeouts.inactivityMs)}, so the transfer was stopped. ` +
          'Check your network connection and try again.',
        { cause: error },
      )
    const message = error instanceof Error ? error.message : String(error)
    if (/spawn git ENOENT|ENOENT/.test(message) && !/fatal:/.test(message))
      throw new RepoAccessError('git-missing', GIT_MISSING_MESSAGE, { cause: error })
    throw new GitCommandError(subcommandOf(args), null, message)
  } finally {
    clearTimeout(wallClock)
  }
}

// ---------------------------------------------------------------------------------------------
// The read-only view analyzers get.

export const READ_ONLY_SUBCOMMANDS: ReadonlySet<string> = new Set([
  'log',
  'ls-tree',
  'rev-parse',
  'cat-file',
  'show',
  'rev-list',
  'for-each-ref',
  'shortlog',
])

// Options of the allowed subcommands that write files (`--output`) or run programs (textconv, external
// diff, filters). Global options such as `-c` or `--exec-path` cannot appear: the subcommand comes first.
const REFUSED_OPTIONS = ['--output', '--textconv', '--ext-diff', '--filters']

/** Throws unless `args` is a read-only subcommand without options that write files or run programs. */
export function assertReadOnly(args: readonly string[]): void {
  const [subcommand] = args
  if (subcommand === undefined || !READ_ONLY_SUBCOMMANDS.has(subcommand))
    throw new Error(
      `GitReader refuses "${String(subcommand)}": only ${[...READ_ONLY_SUBCOMMANDS].join(', ')} are allowed.`,
    )
  for (const arg of args) {
    if (typeof arg !== 'string') throw new Error('GitReader arguments must be strings.')
    if (arg.includes('\0')) throw new Error('GitReader arguments must not contain NUL.')
  }
  for (const arg of args.slice(1)) {
    if (arg === '--') break
    const refused = REFUSED_OPTIONS.find((option) => arg === option || arg.startsWith(`${option}=`))
    if (refused !== undefined) throw new Error(`GitReader refuses the option ${refused}.`)
    // Column padding in pretty formats is where CVE-2022-41903 lived (d.4): no analyzer needs it.
    if (/%(<|>|><)\(/.test(arg))
      throw new Error('GitReader refuses padding directives such as %<( in formats.')
  }
}

/**
 * Read-only git over a clone, always under the sterile config and at the clone root. `run` buffers
 * (short commands); `stream` yields records as git produces them. Both stop when `signal` aborts.
 */
export function createGitReader(
  repoDir: string,
  environment: GitEnvironment,
  signal: AbortSignal,
): GitReader {
  const context = { repoDir, hooksDir: environment.hooksDir, platform: environment.platform }
  const options = { cwd: repoDir, env: environment.local, signal }
  return {
    run: async (args) => {
      assertReadOnly(args)
      return spawnGit(buildLocalArgv(context, args), options)
    },
    stream: (args, streamOptions) => {
      assertReadOnly(args)
      return streamGit(buildLocalArgv(context, args), { ...options, separator: streamOptions?.separator })
    },
  }
}

/** Runs a local command that changes the clone itself (checkout); not part of the analyzers' reader. */
export async function runLocalGit(
  repoDir: string,
  environment: GitEnvironment,
  args: readonly string[],
  signal: AbortSignal,
): Promise<string> {
  const context = { repoDir, hooksDir: environment.hooksDir, platform: environment.platform }
  return spawnGit(buildLocalArgv(context, args), { cwd: repoDir, env: environment.local, signal })
}
