import type { SecretCommit } from '../../../shared/domain/facts/secrets-facts'
import type { GitReader } from '../types'

/** One step of a `git log -p` read: a commit starts, a file's diff starts (path null: deleted), a line is added. */
export type DiffEvent =
  | { kind: 'commit'; commit: SecretCommit }
  | { kind: 'file'; path: string | null }
  | { kind: 'added'; text: string; line: number }

// Commit headers start with an ASCII record separator, which a diff line never does (they start with
// `+`, `-`, space, `@@`, `diff`, `index`…); fields are NUL-separated.
const COMMIT_MARK = '\x1e'
const FORMAT = '--format=%x1e%H%x00%aN%x00%aE%x00%aI'
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/
const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/
// A binary file's diff has no `+++` header, only this line (a deletion ends in `and /dev/null differ`).
const BINARY = /^Binary files .* and (.+) differ$/
const RENAME_CANDIDATE_LIMIT = 100

/**
 * Every commit reachable from `commitSha` with the lines it added and no context: merges show no diff,
 * so each line is read once, in the commit that wrote it. Renames are followed so a moved file is not
 * read as new; textconv and external diff drivers never run.
 */
export function historyDiffArgs(commitSha: string): string[] {
  return [
    'log',
    '-p',
    '--unified=0',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '-M',
    `-l${RENAME_CANDIDATE_LIMIT}`,
    FORMAT,
    commitSha,
  ]
}

const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 }

/** Git C-quotes a path with quotes, backslashes or control characters even with core.quotePath off. */
export function unquotePath(path: string): string {
  if (!path.startsWith('"') || !path.endsWith('"')) return path
  const bytes: number[] = []
  const body = path.slice(1, -1)
  for (let index = 0; index < body.length; index += 1) {
    const character = body[index] ?? ''
    if (character !== '\\') {
      bytes.push(...Buffer.from(character, 'utf8'))
      continue
    }
    const octal = /^[0-7]{3}/.exec(body.slice(index + 1))
    if (octal !== null) {
      bytes.push(parseInt(octal[0], 8))
      index += 3
      continue
    }
    index += 1
    bytes.push(ESCAPES[body[index] ?? ''] ?? body.charCodeAt(index))
  }
  return Buffer.from(bytes).toString('utf8')
}

function parseCommit(line: string): SecretCommit | null {
  const [sha = '', author = '', , date = ''] = line.slice(COMMIT_MARK.length).split('\0')
  return SHA.test(sha) ? { sha, author, date } : null
}

/** The new path from a `+++ b/path` line, or null for a deletion. */
function newPath(header: string): string | null {
  // Git ends a path holding a space with a tab, for patch(1).
  const path = unquotePath(header.slice('+++ '.length).replace(/\t$/, ''))
  if (path === '/dev/null') return null
  return path.startsWith('b/') ? path.slice(2) : path
}

/**
 * Streams the history line by line: only one diff line is held at a time, however large the commit.
 * `+++` is a file header only between `diff --git` and the first hunk; inside a hunk it is an added line.
 */
export async function* readHistoryDiff(git: GitReader, commitSha: string): AsyncGenerator<DiffEvent> {
  let inHunk = false
  let nextLine = 0
  for await (const line of git.stream(historyDiffArgs(commitSha), { separator: '\n' })) {
    if (line.startsWith(COMMIT_MARK)) {
      inHunk = false
      const commit = parseCommit(line)
      if (commit !== null) yield { kind: 'commit', commit }
    } else if (line.startsWith('diff --git ')) {
      inHunk = false
      yield { kind: 'file', path: null }
    } else if (line.startsWith('@@')) {
      const hunk = HUNK.exec(line)
      inHunk = hunk !== null
      nextLine = Number(hunk?.[1] ?? 0)
    } else if (inHunk && line.startsWith('+')) {
      yield { kind: 'added', text: line.slice(1), line: nextLine }
      nextLine += 1
    } else if (!inHunk && line.startsWith('+++ ')) {
      yield { kind: 'file', path: newPath(line) }
    } else if (!inHunk && line.startsWith('Binary files ')) {
      const binary = BINARY.exec(line)
      if (binary?.[1] !== undefined) yield { kind: 'file', path: newPath(`+++ ${binary[1]}`) }
    }
  }
}
