/**
 * Workspace globs (`packages/*`, `apps/**`, `!**\/test/**`, `{a,b}/*`) matched against folders without
 * regular expressions, so a hostile pattern cannot make matching slow: segments are compared with a
 * small dynamic programme, and brace expansion is capped.
 */

const MAX_PATTERN_LENGTH = 300
const MAX_EXPANSIONS = 32

/** `{a,b}` alternatives expanded (one level at a time), at most MAX_EXPANSIONS patterns. */
function expandBraces(pattern: string): string[] {
  const results: string[] = []
  const pending = [pattern]
  while (pending.length > 0 && results.length < MAX_EXPANSIONS) {
    const current = pending.pop() ?? ''
    const open = current.indexOf('{')
    const close = open === -1 ? -1 : current.indexOf('}', open)
    if (open === -1 || close === -1) {
      results.push(current)
      continue
    }
    const head = current.slice(0, open)
    const tail = current.slice(close + 1)
    for (const option of current.slice(open + 1, close).split(',')) {
      if (pending.length + results.length >= MAX_EXPANSIONS) break
      pending.push(`${head}${option}${tail}`)
    }
  }
  return results
}

/** `*` and `?` within one path segment: O(pattern × text). */
function segmentMatches(pattern: string, text: string): boolean {
  let previous: boolean[] = Array.from({ length: text.length + 1 }, (_, index) => index === 0)
  for (const char of pattern) {
    const next: boolean[] = Array.from({ length: text.length + 1 }, () => false)
    if (char === '*') next[0] = previous[0] ?? false
    for (let index = 1; index <= text.length; index += 1) {
      if (char === '*') next[index] = (previous[index] ?? false) || (next[index - 1] ?? false)
      else next[index] = (previous[index - 1] ?? false) && (char === '?' || char === text[index - 1])
    }
    previous = next
  }
  return previous[text.length] ?? false
}

/** Segment lists, `**` standing for any number of segments. */
function segmentsMatch(pattern: readonly string[], path: readonly string[]): boolean {
  // reachable[j]: the pattern so far can consume exactly the first j path segments.
  let reachable: boolean[] = Array.from({ length: path.length + 1 }, (_, index) => index === 0)
  for (const segment of pattern) {
    const next: boolean[] = Array.from({ length: path.length + 1 }, () => false)
    for (let index = 0; index <= path.length; index += 1) {
      if (segment === '**') {
        next[index] = (reachable[index] ?? false) || (index > 0 && (next[index - 1] ?? false))
      } else if (index > 0) {
        next[index] = (reachable[index - 1] ?? false) && segmentMatches(segment, path[index - 1] ?? '')
      }
    }
    reachable = next
  }
  return reachable[path.length] ?? false
}

function splitPattern(pattern: string): string[] {
  return pattern
    .replace(/^\.\//, '')
    .replace(/\/package\.json$/, '')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
}

/** Whether one glob names the folder (POSIX, relative to the workspace root). */
export function globMatches(glob: string, folder: string): boolean {
  if (glob.length > MAX_PATTERN_LENGTH) return false
  const path = folder.split('/').filter((segment) => segment !== '')
  return expandBraces(glob).some((pattern) => segmentsMatch(splitPattern(pattern), path))
}

/** Whether the folder is a workspace: some glob names it and no later `!glob` takes it out again. */
export function inWorkspaces(globs: readonly string[], folder: string): boolean {
  let included = false
  for (const glob of globs) {
    const negated = glob.startsWith('!')
    if (globMatches(negated ? glob.slice(1) : glob, folder)) included = !negated
  }
  return included
}
