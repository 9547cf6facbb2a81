import { posix } from 'node:path'

/** Repository-relative posix paths: `''` is the root. */

export function dirnameOf(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash === -1 ? '' : path.slice(0, slash)
}

/** `base` joined with `relative`, normalised; null when it climbs out of the repository. */
export function joinInRepo(base: string, relative: string): string | null {
  const joined = posix.normalize(posix.join(base, relative))
  if (joined === '..' || joined.startsWith('../') || posix.isAbsolute(joined)) return null
  return joined === '.' ? '' : joined.replace(/\/$/, '')
}

/** The folders holding a path, nearest first, ending with the root (`''`). */
export function* foldersAbove(path: string): Generator<string> {
  for (let folder = dirnameOf(path); ; folder = dirnameOf(folder)) {
    yield folder
    if (folder === '') return
  }
}
