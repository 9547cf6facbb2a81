import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs'
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import { setImmediate as yieldToEventLoop } from 'node:timers/promises'

/**
 * The one way analyzers read repository files (security.md T5). Paths come from the audited
 * repository, so anything that could reach outside the clone is refused: absolute paths, `..`, NUL,
 * `.git`, symlinks (even in a parent folder) and non-regular files. Oversized files are never loaded.
 * Every refusal is `null`, never a throw: one odd file must not stop an analyzer.
 */
export type RepoFileReader = (path: string) => Promise<Buffer | null>

// O_NOFOLLOW: the open itself refuses a symlink in the last component (not on Windows, where the clone
// has none: core.symlinks=false). O_NONBLOCK: opening a FIFO returns at once instead of hanging.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)
/**
 * Reads are synchronous: in the engine's own process a small file's open, stat, read and close cost
 * microseconds each, where the promise versions queue four round trips through libuv's thread pool
 * (measured: 5× slower over 5,000 files). Every this many reads the reader yields to the event loop,
 * so a cancel message is still handled promptly.
 */
const READS_PER_YIELD = 64

/** A repository-relative path that can only name something inside the clone, else null. */
function safeRelativePath(path: string): string[] | null {
  if (typeof path !== 'string' || path === '' || path.includes('\0')) return null
  if (isAbsolute(path) || /^[A-Za-z]:/.test(path) || path.startsWith('/') || path.startsWith('\\'))
    return null
  const segments = path.split(/[\\/]/)
  if (segments.some((segment) => segment === '..' || segment.toLowerCase() === '.git')) return null
  const kept = segments.filter((segment) => segment !== '' && segment !== '.')
  return kept.length === 0 ? null : kept
}

function isInside(child: string, parent: string): boolean {
  const path = relative(parent, child)
  return path !== '' && !path.startsWith(`..${sep}`) && path !== '..' && !isAbsolute(path)
}

/** The whole of a regular file of at most `maxBytes`, or null; `fd` is closed by the caller. */
function readRegularFile(fd: number, maxBytes: number): Buffer | null {
  const stats = fstatSync(fd)
  if (!stats.isFile() || stats.size > maxBytes) return null
  // Read at most one byte more than stat promised: a file growing underneath is refused, not followed.
  const buffer = Buffer.allocUnsafe(stats.size + 1)
  let total = 0
  while (total < buffer.length) {
    const bytesRead = readSync(fd, buffer, total, buffer.length - total, total)
    if (bytesRead === 0) break
    total += bytesRead
  }
  return total > stats.size ? null : buffer.subarray(0, total)
}

export function createRepoFileReader(repoDir: string, maxFileBytes: number): RepoFileReader {
  let root: string | null = null
  /*
   * Whether each folder stays inside the clone: it does when its parent does and it is not itself a
   * symlink (one on the way could lead anywhere). One lstat per folder, each answer kept, where a
   * realpath per folder would look at every folder above it again.
   */
  const folderIsInside = new Map<string, boolean>()
  const insideClone = (folder: string, base: string): boolean => {
    if (folder === base) return true
    let inside = folderIsInside.get(folder)
    if (inside === undefined) {
      const parent = dirname(folder)
      inside = isInside(folder, base) && insideClone(parent, base) && !lstatSync(folder).isSymbolicLink()
      folderIsInside.set(folder, inside)
    }
    return inside
  }
  let reads = 0

  return async (path) => {
    reads += 1
    if (reads % READS_PER_YIELD === 0) await yieldToEventLoop()
    const segments = safeRelativePath(path)
    if (segments === null) return null
    let fd: number | null = null
    try {
      root ??= realpathSync.native(resolve(repoDir))
      const full = resolve(root, ...segments)
      if (!insideClone(dirname(full), root)) return null
      fd = openSync(full, OPEN_FLAGS)
      return readRegularFile(fd, maxFileBytes)
    } catch {
      return null
    } finally {
      if (fd !== null) closeSync(fd)
    }
  }
}
