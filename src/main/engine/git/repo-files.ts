import { constants } from 'node:fs'
import { lstat, open, realpath } from 'node:fs/promises'
import { isAbsolute, relative, resolve, sep } from 'node:path'

/**
 * The one way analyzers read repository files (security.md T5). Paths come from the audited
 * repository, so anything that could reach outside the clone is refused: absolute paths, `..`, NUL,
 * `.git`, symlinks (even in a parent folder) and non-regular files. Oversized files are never loaded.
 * Every refusal is `null`, never a throw: one odd file must not stop an analyzer.
 */
export type RepoFileReader = (path: string) => Promise<Buffer | null>

// O_NOFOLLOW makes the final open refuse a symlink swapped in after the checks (not on Windows).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0)

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

export function createRepoFileReader(repoDir: string, maxFileBytes: number): RepoFileReader {
  const root = realpath(resolve(repoDir))
  // A rejected realpath must not surface as an unhandled rejection before the first read.
  root.catch(() => undefined)
  return async (path) => {
    const segments = safeRelativePath(path)
    if (segments === null) return null
    try {
      const base = await root
      const full = resolve(base, ...segments)
      const stats = await lstat(full)
      if (!stats.isFile() || stats.size > maxFileBytes) return null
      // lstat only looks at the last component; realpath catches a symlinked folder on the way.
      if (!isInside(await realpath(full), base)) return null
      const handle = await open(full, OPEN_FLAGS)
      try {
        const opened = await handle.stat()
        if (!opened.isFile() || opened.size > maxFileBytes) return null
        // Read at most one byte more than stat promised: a file growing underneath is refused, not followed.
        const buffer = Buffer.alloc(opened.size + 1)
        let total = 0
        while (total < buffer.length) {
          const { bytesRead } = await handle.read(buffer, total, buffer.length - total, total)
          if (bytesRead === 0) break
          total += bytesRead
        }
        return total > opened.size ? null : buffer.subarray(0, total)
      } finally {
        await handle.close()
      }
    } catch {
      return null
    }
  }
}
