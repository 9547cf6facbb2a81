import { lstat, realpath, stat } from 'node:fs/promises'
import { isAbsolute, relative, resolve } from 'node:path'
import { CREDENTIALS_ADVICE } from './repo-access-error'

/**
 * Validates what the auditor typed or picked before git ever sees it (security.md d.1, T1, T7).
 * git has a long history of turning URLs into commands (`ext::`, `--upload-pack`, `ssh://-oProxyCommand`),
 * so only three plain shapes are accepted and everything else is refused with a reason.
 */
export type UrlVerdict = { ok: true; url: string } | { ok: false; reason: string }

export type FolderVerdict =
  | { ok: true; path: string }
  | { ok: false; code: 'invalid-source' | 'not-found' | 'not-a-repository'; reason: string }

export const MAX_URL_LENGTH = 2048

const HOST = /^[A-Za-z0-9][A-Za-z0-9.-]*$/
const USER = /^[A-Za-z0-9._~][A-Za-z0-9._~-]*$/
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//
// scp-style `user@host:path`: no scheme, no slash before the colon (git's own rule for telling it from a path).
const SCP = /^([^@/:]+)@([^/:]+):(.*)$/

const PASSWORD_REASON =
  'The address contains a password or token. Remove it: Diligent never stores credentials. ' +
  'Configure a git credential helper or use SSH keys instead.'

function refuse(reason: string): UrlVerdict {
  return { ok: false, reason }
}

function decodeOrNull(text: string): string | null {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}

function checkPath(path: string): string | null {
  if (path === '' || path === '/') return 'The address has no repository path.'
  const decoded = decodeOrNull(path) ?? path
  const segments = [...path.split('/'), ...decoded.split('/')]
  if (segments.some((segment) => segment.startsWith('-')))
    return 'A path segment starts with "-", which git could read as an option.'
  return null
}

function checkHost(host: string): string | null {
  if (!HOST.test(host)) return `"${host}" is not a valid host name.`
  return null
}

function checkHierarchical(scheme: 'https' | 'ssh', rest: string): string | null {
  const slash = rest.indexOf('/')
  if (slash === -1) return 'The address has no repository path.'
  const authority = rest.slice(0, slash)
  const path = rest.slice(slash + 1)
  const at = authority.lastIndexOf('@')
  const userinfo = at === -1 ? null : authority.slice(0, at)
  const hostPort = at === -1 ? authority : authority.slice(at + 1)
  if (userinfo !== null) {
    if (userinfo.includes(':')) return PASSWORD_REASON
    // security.md d.1: https carries no userinfo at all, because tokens are routinely pasted as the user name.
    if (scheme === 'https')
      return (
        'The address contains a user name, which is often a token in disguise. Remove it: ' +
        CREDENTIALS_ADVICE
      )
    if (!USER.test(userinfo)) return `"${userinfo}" is not a valid SSH user name.`
  }
  const portMatch = /^(.*):(\d{1,5})$/.exec(hostPort)
  const host = portMatch?.[1] ?? hostPort
  if (portMatch) {
    const port = Number(portMatch[2])
    if (port < 1 || port > 65535) return `Port ${portMatch[2]} is out of range.`
  }
  return checkHost(host) ?? checkPath(path)
}

/** Accepts `https://host[:port]/path`, `ssh://[user@]host[:port]/path` and `user@host:path`; refuses the rest. */
export function validateRepoUrl(input: string): UrlVerdict {
  if (typeof input !== 'string') return refuse('The address must be text.')
  // Only spaces are trimmed: a trailing line break is a control character and is refused below.
  const url = input.replace(/^ +| +$/g, '')
  if (url === '') return refuse('Enter a repository address.')
  if (url.length > MAX_URL_LENGTH) return refuse(`The address is longer than ${MAX_URL_LENGTH} characters.`)
  if (CONTROL.test(url))
    return refuse('The address contains control characters (such as a line break), which git could misread.')
  if (url.includes('::'))
    return refuse('Remote-helper transports such as "ext::" and "fd::" run programs and are not supported.')
  if (url.startsWith('-')) return refuse('The address starts with "-", which git would read as an option.')
  if (/\s/.test(url)) return refuse('The address contains spaces.')
  // git percent-decodes leniently, so anything our decoder cannot read is refused rather than guessed at;
  // what it decodes to must pass the same checks (CVE-2020-5260 smuggled a line break as %0a).
  const decoded = decodeOrNull(url)
  if (decoded === null) return refuse('The address contains a malformed %-escape.')
  if (CONTROL.test(decoded))
    return refuse('The address contains encoded control characters (such as %0a), which git could misread.')
  if (decoded.includes('::'))
    return refuse('Remote-helper transports such as "ext::" and "fd::" run programs and are not supported.')

  const scheme = SCHEME.exec(url)
  if (scheme) {
    const name = (scheme[1] ?? '').toLowerCase()
    if (name === 'http' || name === 'git')
      return refuse(
        `${name}:// is unencrypted and not supported. Use the https:// or SSH address of the repository.`,
      )
    if (name === 'file')
      return refuse('To audit a folder on this computer, choose it as a local folder instead.')
    if (name !== 'https' && name !== 'ssh')
      return refuse(`The ${name}:// transport is not supported. Use an https:// or SSH address.`)
    const problem = checkHierarchical(name, url.slice(scheme[0].length))
    return problem === null ? { ok: true, url } : refuse(problem)
  }

  const scp = SCP.exec(url)
  if (scp) {
    const [, user, host, path] = scp as unknown as [string, string, string, string]
    if (!USER.test(user)) return refuse(`"${user}" is not a valid SSH user name.`)
    const problem = checkHost(host) ?? checkPath(path)
    return problem === null ? { ok: true, url } : refuse(problem)
  }
  if (/^[A-Za-z]:[\\/]|^[/\\~.]/.test(url))
    return refuse(
      'This looks like a folder path. To audit a folder on this computer, choose it as a local folder.',
    )
  return refuse('Use an https://, ssh:// or user@host:path address.')
}

function isInside(child: string, parent: string): boolean {
  const path = relative(parent, child)
  return path === '' || (!path.startsWith('..') && !isAbsolute(path))
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (stats) => stats.isDirectory(),
    () => false,
  )
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (stats) => stats.isFile(),
    () => false,
  )
}

/** A bare repository, recognised the way git does (HEAD, objects/, refs/), without running git inside it. */
async function looksBare(path: string): Promise<boolean> {
  const [head, objects, refs] = await Promise.all([
    isFile(resolve(path, 'HEAD')),
    isDirectory(resolve(path, 'objects')),
    isDirectory(resolve(path, 'refs')),
  ])
  return head && objects && refs
}

/**
 * Checks a folder the auditor picked: it must exist, be a directory, hold a git repository (a `.git`
 * folder or file, or be bare), and not lie inside Diligent's own folders. Git is never run here: the
 * folder's own config could name programs (security.md d.1, CVE-2022-24765).
 */
export async function validateLocalFolder(
  input: string,
  options: { forbiddenRoots?: readonly string[] } = {},
): Promise<FolderVerdict> {
  if (typeof input !== 'string' || input.trim() === '')
    return { ok: false, code: 'invalid-source', reason: 'Choose a folder.' }
  if (CONTROL.test(input))
    return { ok: false, code: 'invalid-source', reason: 'The folder path contains control characters.' }
  let path: string
  try {
    path = await realpath(resolve(input))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EACCES' || code === 'EPERM')
      return { ok: false, code: 'not-found', reason: `"${input}" cannot be read: permission denied.` }
    return { ok: false, code: 'not-found', reason: `"${input}" does not exist.` }
  }
  if (!(await isDirectory(path)))
    return {
      ok: false,
      code: 'not-a-repository',
      reason: `"${input}" is a file, not a folder holding a git repository.`,
    }
  for (const root of options.forbiddenRoots ?? []) {
    const realRoot = await realpath(resolve(root)).catch(() => resolve(root))
    if (isInside(path, realRoot))
      return {
        ok: false,
        code: 'invalid-source',
        reason: `"${input}" is inside Diligent's own data folder; choose the original repository instead.`,
      }
  }
  const dotGit = await lstat(resolve(path, '.git')).catch(() => null)
  if (dotGit !== null && (dotGit.isDirectory() || dotGit.isFile() || dotGit.isSymbolicLink()))
    return { ok: true, path }
  if (await looksBare(path)) return { ok: true, path }
  return {
    ok: false,
    code: 'not-a-repository',
    reason: `"${input}" is not a git repository: it has no .git folder. Choose the top folder of the repository.`,
  }
}
