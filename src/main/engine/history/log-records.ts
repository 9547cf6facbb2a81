import type { GitReader } from '../types'

/** One file a commit changed, as `git log --numstat -z` reports it. Binary files count 0 lines. */
export interface FileChange {
  path: string
  /** The path before a rename, or null. */
  previousPath: string | null
  added: number
  deleted: number
}

export interface CommitRecord {
  sha: string
  parentCount: number
  authorName: string
  authorEmail: string
  authoredAt: Date
  changes: FileChange[]
}

// Each commit starts with an ASCII record separator; fields are NUL-separated, as are -z numstat entries.
const RECORD_START = '\x1e'
const FORMAT = '--format=%x1e%H%x00%P%x00%aN%x00%aE%x00%aI'
const HEADER_FIELDS = 5
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/
const NUMSTAT = /^\n?(\d+|-)\t(\d+|-)\t(.*)$/s
/**
 * Inexact rename detection compares every added file with every deleted one; in the few commits that
 * move hundreds of files at once it costs more than the rest of the history (measured on prettier:
 * 19% of the read). Above this many candidates git still pairs exact renames and skips the rest.
 */
export const RENAME_CANDIDATE_LIMIT = 100

/**
 * The one full-history read: every commit reachable from `commitSha`, newest first, with the lines each
 * changed (renames followed, mailmap applied, lockfiles and generated files left out). `--full-history --sparse` keeps
 * commits the pathspec would otherwise hide, so lockfile-only commits still count.
 */
export function historyLogArgs(commitSha: string, excludes: readonly string[]): string[] {
  return [
    'log',
    '--use-mailmap',
    '--full-history',
    '--sparse',
    '-M',
    `-l${RENAME_CANDIDATE_LIMIT}`,
    '--numstat',
    '-z',
    '--no-color',
    FORMAT,
    commitSha,
    '--',
    '.',
    ...excludes,
  ]
}

const lineCount = (text: string): number => (text === '-' ? 0 : Number(text))

/** Parses one record (without its leading separator); null when it is not a commit header. */
export function parseCommitRecord(record: string): CommitRecord | null {
  const tokens = record.split('\0')
  const [sha, parents, authorName, authorEmail, authoredAt] = tokens
  if (sha === undefined || !SHA.test(sha) || authoredAt === undefined) return null
  const date = new Date(authoredAt)
  if (Number.isNaN(date.getTime())) return null
  const changes: FileChange[] = []
  for (let index = HEADER_FIELDS; index < tokens.length; index += 1) {
    const match = NUMSTAT.exec(tokens[index] ?? '')
    if (match === null) continue
    const [, added = '-', deleted = '-', path = ''] = match
    if (path !== '') {
      changes.push({ path, previousPath: null, added: lineCount(added), deleted: lineCount(deleted) })
      continue
    }
    // A rename: the old and new paths follow as their own NUL-terminated tokens.
    const previousPath = tokens[index + 1]
    const newPath = tokens[index + 2]
    index += 2
    if (previousPath === undefined || newPath === undefined || newPath === '') continue
    changes.push({ path: newPath, previousPath, added: lineCount(added), deleted: lineCount(deleted) })
  }
  return {
    sha,
    parentCount: parents === undefined || parents === '' ? 0 : parents.split(' ').length,
    authorName: authorName ?? '',
    authorEmail: authorEmail ?? '',
    authoredAt: date,
    changes,
  }
}

export interface ReadCommitsResult {
  /** Records that could not be read as commits (a separator byte inside an author's name, say). */
  unreadable: number
}

/**
 * Streams the commits one at a time. A record that does not start with a commit header is a separator
 * byte inside some commit's own text, so it is joined back onto the record before it.
 */
export async function* readCommits(
  git: GitReader,
  args: readonly string[],
  result: ReadCommitsResult,
): AsyncGenerator<CommitRecord, void, undefined> {
  let pending: string | null = null
  const flush = (): CommitRecord | null => {
    if (pending === null) return null
    const commit = parseCommitRecord(pending)
    if (commit === null) result.unreadable += 1
    return commit
  }
  for await (const record of git.stream(args, { separator: RECORD_START })) {
    if (record === '' && pending === null) continue
    if (pending !== null && !SHA.test(record.slice(0, record.indexOf('\0')))) {
      pending += RECORD_START + record
      continue
    }
    const commit = flush()
    if (commit !== null) yield commit
    pending = record
  }
  const last = flush()
  if (last !== null) yield last
}
