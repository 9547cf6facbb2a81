import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/**
 * Builds real git repositories for engine tests: real `git init` and `git commit`, with fixed authors,
 * emails and dates, so tests can assert exact shas, counts and ages. git runs with a private empty HOME
 * and no system config, so the machine's own git setup cannot change the result.
 */
export interface GitAuthor {
  name: string
  email: string
}

/** A file's new content; null deletes it; `{ symlink }` commits a symbolic link to that target. */
export type FileContent = string | Buffer | null | { symlink: string }

export interface CommitSpec {
  files: Record<string, FileContent>
  author: GitAuthor
  /** Any date git accepts, e.g. '2025-03-01T12:00:00Z'; used for author and committer. */
  date: string
  message?: string
  /** Defaults to the author. */
  committer?: GitAuthor
}

export interface MakeGitRepoOptions {
  /** Where to create the repository folder; defaults to a fresh temp folder. */
  parentDir?: string
  /** Folder name inside parentDir; defaults to 'repo'. */
  name?: string
  /** Initial branch; defaults to 'main'. */
  branch?: string
}

export const ADA: GitAuthor = { name: 'Ada Lovelace', email: 'ada@example.com' }
export const GRACE: GitAuthor = { name: 'Grace Hopper', email: 'grace@example.com' }

const temporaryFolders: string[] = []

/** A fresh temp folder (realpath, so macOS /var → /private/var does not confuse comparisons). */
export async function makeTempDir(prefix = 'diligent-test-'): Promise<string> {
  const path = await realpath(await mkdtemp(join(tmpdir(), prefix)))
  temporaryFolders.push(path)
  return path
}

/** Removes every folder made by makeTempDir or makeGitRepo; call it from afterAll. */
export async function removeTempDirs(): Promise<void> {
  const folders = temporaryFolders.splice(0)
  isolatedHome = null
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })))
}

let isolatedHome: Promise<string> | null = null

/** An empty HOME shared by the helper's git runs: no ~/.gitconfig, no hooks, no templates. */
export function isolatedGitHome(): Promise<string> {
  isolatedHome ??= makeTempDir('diligent-git-home-')
  return isolatedHome
}

/** The environment the helper runs git in: only PATH from the machine, everything else fixed. */
export async function gitTestEnv(extra: Record<string, string> = {}): Promise<Record<string, string>> {
  return {
    PATH: process.env['PATH'] ?? '',
    HOME: await isolatedGitHome(),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    LANG: 'C',
    LC_ALL: 'C',
    ...extra,
  }
}

/** Runs git in `cwd` and returns stdout; rejects with stderr in the message. */
export async function git(
  cwd: string,
  args: readonly string[],
  options: { env?: Record<string, string>; input?: string } = {},
): Promise<string> {
  const env = await gitTestEnv(options.env)
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      ['-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args],
      { cwd, env, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`git ${args.join(' ')} failed: ${stderr || error.message}`))
        else resolve(stdout)
      },
    )
    if (options.input !== undefined) child.stdin?.end(options.input)
  })
}

async function applyFiles(repoDir: string, files: CommitSpec['files']): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    const full = join(repoDir, path)
    await rm(full, { recursive: true, force: true })
    if (content === null) continue
    await mkdir(dirname(full), { recursive: true })
    if (typeof content === 'object' && !Buffer.isBuffer(content)) await symlink(content.symlink, full)
    else await writeFile(full, content)
  }
}

/** Adds commits to an existing repository, in order. */
export async function addCommits(repoDir: string, commits: readonly CommitSpec[]): Promise<void> {
  for (const [index, commit] of commits.entries()) {
    await applyFiles(repoDir, commit.files)
    await git(repoDir, ['add', '-A'])
    const committer = commit.committer ?? commit.author
    await git(
      repoDir,
      ['commit', '--quiet', '--allow-empty', '--no-verify', '-m', commit.message ?? `commit ${index + 1}`],
      {
        env: {
          GIT_AUTHOR_NAME: commit.author.name,
          GIT_AUTHOR_EMAIL: commit.author.email,
          GIT_AUTHOR_DATE: commit.date,
          GIT_COMMITTER_NAME: committer.name,
          GIT_COMMITTER_EMAIL: committer.email,
          GIT_COMMITTER_DATE: commit.date,
        },
      },
    )
  }
}

/** Creates a repository with these commits (none gives an empty repository) and returns its path. */
export async function makeGitRepo(
  commits: readonly CommitSpec[],
  options: MakeGitRepoOptions = {},
): Promise<string> {
  const parent = options.parentDir ?? (await makeTempDir('diligent-repo-'))
  const repoDir = join(parent, options.name ?? 'repo')
  await mkdir(repoDir, { recursive: true })
  await git(repoDir, ['init', '--quiet', '--initial-branch', options.branch ?? 'main'])
  await addCommits(repoDir, commits)
  return realpath(repoDir)
}
