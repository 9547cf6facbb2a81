/**
 * Everything that can stop Diligent from getting a repository onto disk, said in the auditor's words:
 * each code comes with a message that tells them what to do next.
 */
export type RepoAccessErrorCode =
  | 'invalid-source'
  | 'not-found'
  | 'not-a-repository'
  | 'needs-credentials'
  | 'unreachable'
  | 'too-large'
  | 'rejected-by-git'
  | 'git-missing'
  | 'cancelled'

export class RepoAccessError extends Error {
  readonly code: RepoAccessErrorCode

  constructor(code: RepoAccessErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'RepoAccessError'
    this.code = code
  }
}

export const CREDENTIALS_ADVICE =
  'Configure a git credential helper or an SSH key that has access to this repository, then try again. ' +
  'Diligent never asks for or stores credentials.'

const MAX_DETAIL_CHARS = 300
// Progress and git's generic "check your access" boilerplate say nothing about this failure.
const NOISE =
  /^(Cloning into|remote: (Counting|Compressing|Enumerating|Total)|fatal: Could not read from remote repository|Please make sure you have the correct access rights|and the repository exists)/

/** git's stderr can echo repository-supplied text: strip control characters (terminal escapes) and keep it short. */
export function gitDetail(stderr: string): string {
  const lines = stderr
    // eslint-disable-next-line no-control-regex -- stripping terminal escapes is the point
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !NOISE.test(line))
  const detail = lines.join(' ').replace(/\.$/, '')
  return detail.length > MAX_DETAIL_CHARS ? `${detail.slice(0, MAX_DETAIL_CHARS)}…` : detail
}

// fsck message ids that only old tooling produces; they are not attacks (security.md d.3).
const LEGACY_FSCK_IDS = new Set(['zeropaddedfilemode', 'badtimezone', 'missingspacebeforedate'])

/** The fsck message ids git named (e.g. `hasDotgit`), so the message can say what was refused. */
export function fsckIds(stderr: string): string[] {
  const ids = new Set<string>()
  for (const match of stderr.matchAll(/\b(?:error|warning)[^:\n]*:[^\n]*?\b([a-z]+[A-Z][A-Za-z]+):/g))
    if (match[1] !== undefined) ids.add(match[1])
  return [...ids].sort()
}

/**
 * Maps a failed clone or fetch (git runs under LANG=C, so stderr is English) to an error the auditor
 * can act on. Credentials come first: servers often answer "not found" to hide private repositories
 * only after the credential prompt was refused.
 */
export function classifyGitFailure(stderr: string, sourceLabel: string): RepoAccessError {
  const text = stderr.toLowerCase()
  const detail = gitDetail(stderr)
  if (/host key verification failed/.test(text))
    return new RepoAccessError(
      'needs-credentials',
      `The SSH host key of ${sourceLabel} is not trusted yet. Connect once with ssh from a terminal to verify ` +
        `and record it, then try again. Diligent never answers host-key prompts for you.`,
    )
  if (
    /terminal prompts disabled|could not read (username|password)|authentication failed|permission denied \(|permission denied, please try again|invalid username or password|access denied|returned error: 40[13]|no more authentication methods|incorrect passphrase/.test(
      text,
    )
  )
    return new RepoAccessError('needs-credentials', `${sourceLabel} needs credentials. ${CREDENTIALS_ADVICE}`)
  if (
    /fsck error|fsck|hasdotgit|gitmodules|index-pack failed|unpack-objects failed|did not send all necessary objects|bad object|invalid path/.test(
      text,
    )
  ) {
    const ids = fsckIds(stderr)
    const legacyOnly = ids.length > 0 && ids.every((id) => LEGACY_FSCK_IDS.has(id.toLowerCase()))
    const named = ids.length > 0 ? ` (${ids.join(', ')})` : ''
    return new RepoAccessError(
      'rejected-by-git',
      legacyOnly
        ? `git's integrity check refused ${sourceLabel} for legacy object formatting${named}. These are usually ` +
            `harmless in old repositories, but Diligent does not relax the check automatically. Detail: ${detail}.`
        : `git refused ${sourceLabel}: it contains forbidden paths or malformed objects${named}, a known way to attack ` +
            `the machine that clones it. Nothing was checked out. Detail: ${detail}.`,
    )
  }
  if (/transport '[^']*' not allowed|unsupported protocol/.test(text))
    return new RepoAccessError('invalid-source', `git refused the transport for ${sourceLabel}: ${detail}.`)
  if (/dubious ownership/.test(text))
    return new RepoAccessError(
      'rejected-by-git',
      `git refused ${sourceLabel} because it is owned by another user. Copy the folder to one you own and audit the copy.`,
    )
  if (
    /repository .*not found|does not appear to be a git repository|returned error: 404|not found|does not exist|no such file or directory|not a git repository/.test(
      text,
    )
  )
    return new RepoAccessError(
      'not-found',
      `No repository was found at ${sourceLabel}. Check the address. If the repository is private, the server may ` +
        `hide it from you: ${CREDENTIALS_ADVICE}`,
    )
  if (
    /could not resolve|failed to connect|connection refused|timed out|network is unreachable|no route to host|connection reset|connection closed|couldn't connect|unable to access|ssl|certificate|kex_exchange_identification|hung up|early eof|name or service not known|temporary failure in name resolution|could not read from remote repository/.test(
      text,
    )
  )
    return new RepoAccessError(
      'unreachable',
      `Could not reach ${sourceLabel} (${detail || 'no detail given'}). Check the address, your network connection and any VPN or proxy.`,
    )
  return new RepoAccessError(
    'rejected-by-git',
    `git could not get ${sourceLabel}: ${detail || 'no detail given'}.`,
  )
}
