import { createHash } from 'node:crypto'
import { lstat, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { createServer, type Server, type Socket } from 'node:net'
import { join, relative } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createGitReader, runLocalGit, runNetworkGit } from '../../../src/main/engine/git/git-command'
import { prepareGitEnvironment } from '../../../src/main/engine/git/git-environment'
import { createRepoFileReader } from '../../../src/main/engine/git/repo-files'
import { RepoAccessError } from '../../../src/main/engine/git/repo-access-error'
import { cloneId, prepareRepository, type PrepareOptions } from '../../../src/main/engine/git/safe-clone'
import { DEFAULT_CAPS } from '../../../src/main/engine/git/tree-caps'
import type { AuditSpec } from '../../../src/main/engine/types'
import {
  ADA,
  GRACE,
  addCommits,
  git,
  isolatedGitHome,
  makeGitRepo,
  makeTempDir,
  removeTempDirs,
} from '../../helpers/make-git-repo'

afterAll(removeTempDirs)
afterEach(() => {
  vi.unstubAllEnvs()
})
// The network phase reads the auditor's HOME; tests pin it to an empty one unless they plant a config.
beforeEach(async () => {
  vi.stubEnv('HOME', await isolatedGitHome())
})

function options(cacheDir: string, overrides: Partial<PrepareOptions> = {}): PrepareOptions {
  return { cacheDir, caps: DEFAULT_CAPS, signal: new AbortController().signal, ...overrides }
}

const local = (source: string): AuditSpec => ({ source, sourceKind: 'local' })
const url = (source: string): AuditSpec => ({ source, sourceKind: 'url' })

async function failure(promise: Promise<unknown>): Promise<RepoAccessError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(RepoAccessError)
  return error as RepoAccessError
}

/** Every file under `root` with its mode and content hash: proof a folder was left untouched. */
async function snapshot(root: string): Promise<string[]> {
  const entries: string[] = []
  const walk = async (folder: string): Promise<void> => {
    for (const entry of (await readdir(folder, { withFileTypes: true })).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const path = join(folder, entry.name)
      const stats = await lstat(path)
      if (entry.isDirectory()) {
        entries.push(`${relative(root, path)}/ ${stats.mode}`)
        await walk(path)
      } else {
        const hash = entry.isFile()
          ? createHash('sha256')
              .update(await readFile(path))
              .digest('hex')
          : 'special'
        entries.push(`${relative(root, path)} ${stats.mode} ${stats.mtimeMs} ${hash}`)
      }
    }
  }
  await walk(root)
  return entries
}

async function hashOf(path: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex')
}

/** A TCP port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** A server that accepts connections and never says a word: ssh waits for its banner forever. */
async function silentServer(): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<Socket>()
  const server: Server = createServer((socket) => {
    sockets.add(socket)
    socket.on('error', () => undefined)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return {
    port,
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}

describe('prepareRepository from a local folder', () => {
  it('clones into the cache, checks out the default branch and leaves the source byte-identical', async () => {
    const source = await makeGitRepo([
      {
        files: { 'README.md': '# api\n', 'src/index.ts': 'export {}\n' },
        author: ADA,
        date: '2025-03-01T09:00:00Z',
      },
      {
        files: { 'src/index.ts': 'export const x = 1\n', 'docs/a b.md': 'spaces\n' },
        author: GRACE,
        date: '2025-03-02T09:30:00Z',
      },
    ])
    // Uncommitted work in the auditor's folder must be neither cloned nor touched.
    await writeFile(join(source, 'scratch.txt'), 'not committed\n')
    const statusBefore = await git(source, ['status', '--porcelain'])
    const configBefore = await hashOf(join(source, '.git', 'config'))
    const headBefore = await hashOf(join(source, '.git', 'HEAD'))
    const before = await snapshot(source)
    const sha = (await git(source, ['rev-parse', 'HEAD'])).trim()
    const cache = await makeTempDir()
    const progress: string[] = []

    const prepared = await prepareRepository(
      local(source),
      options(cache, { onProgress: (m) => progress.push(m) }),
    )

    expect(prepared.repoDir).toBe(join(cache, 'repos', cloneId(`local\0${source}`)))
    expect(prepared.repoDir).toMatch(/\/repos\/[0-9a-f]{16}$/)
    expect(prepared.commitSha).toBe(sha)
    expect(prepared.commitDate).toEqual(new Date('2025-03-02T09:30:00Z'))
    expect(prepared.branch).toBe('main')
    expect(prepared.files).toEqual([
      { path: 'README.md', bytes: 6, mode: '100644' },
      { path: 'docs/a b.md', bytes: 7, mode: '100644' },
      { path: 'src/index.ts', bytes: 19, mode: '100644' },
    ])
    expect(await readFile(join(prepared.repoDir, 'src', 'index.ts'), 'utf8')).toBe('export const x = 1\n')
    expect((await readdir(prepared.repoDir)).sort()).toEqual(['.git', 'README.md', 'docs', 'src'])
    expect(await prepared.git.run(['log', '--format=%an %s'])).toBe(
      'Grace Hopper commit 2\nAda Lovelace commit 1\n',
    )
    expect(progress).toContain('Cloning')
    expect(progress.at(-1)).toBe(`Checking out ${sha.slice(0, 12)}`)
    // The hardening is persisted in the clone, so an ad-hoc git there is safe and sees a clean tree.
    expect(await readFile(join(prepared.repoDir, '.git', 'config'), 'utf8')).toMatch(
      /# >>> Diligent hardening[\s\S]*hooksPath = "[^"]*empty-hooks"[\s\S]*symlinks = false/,
    )
    expect(await git(prepared.repoDir, ['status', '--porcelain'])).toBe('')
    expect((await readdir(join(cache, 'repos'))).filter((name) => name.endsWith('.tmp'))).toEqual([])

    expect(await snapshot(source)).toEqual(before)
    expect(await git(source, ['status', '--porcelain'])).toBe(statusBefore)
    expect(statusBefore).toBe('?? scratch.txt\n')
    expect(await hashOf(join(source, '.git', 'config'))).toBe(configBefore)
    expect(await hashOf(join(source, '.git', 'HEAD'))).toBe(headBefore)
  })

  it('fetches a new commit into the same clone on re-analysis instead of cloning again', async () => {
    const source = await makeGitRepo([
      { files: { 'a.txt': 'one\n', 'old.txt': 'bye\n' }, author: ADA, date: '2025-04-01T00:00:00Z' },
    ])
    const cache = await makeTempDir()
    const first = await prepareRepository(local(source), options(cache))
    const marker = join(first.repoDir, '.git', 'diligent-test-marker')
    await writeFile(marker, 'still here')
    const inode = (await stat(first.repoDir)).ino

    await addCommits(source, [
      {
        files: { 'a.txt': 'two\n', 'old.txt': null, 'new.txt': 'hi\n' },
        author: GRACE,
        date: '2025-04-02T00:00:00Z',
      },
    ])
    const progress: string[] = []
    const second = await prepareRepository(
      local(source),
      options(cache, { onProgress: (m) => progress.push(m) }),
    )

    expect(second.repoDir).toBe(first.repoDir)
    expect(second.commitSha).toBe((await git(source, ['rev-parse', 'HEAD'])).trim())
    expect(second.commitSha).not.toBe(first.commitSha)
    expect(second.commitDate).toEqual(new Date('2025-04-02T00:00:00Z'))
    expect(second.files.map((file) => file.path)).toEqual(['a.txt', 'new.txt'])
    expect(await readFile(join(second.repoDir, 'a.txt'), 'utf8')).toBe('two\n')
    await expect(stat(join(second.repoDir, 'old.txt'))).rejects.toThrow(/ENOENT/)
    expect(await readFile(marker, 'utf8')).toBe('still here')
    expect((await stat(second.repoDir)).ino).toBe(inode)
    expect(progress).toContain('Fetching updates')
    expect(progress).not.toContain('Cloning')
    // The hardening block is replaced, not appended again.
    const config = await readFile(join(second.repoDir, '.git', 'config'), 'utf8')
    expect(config.match(/# >>> Diligent hardening/g)).toHaveLength(1)
  })

  it('follows the default branch of the source', async () => {
    const source = await makeGitRepo(
      [{ files: { 'a.txt': 'trunk\n' }, author: ADA, date: '2025-05-01T00:00:00Z' }],
      { branch: 'trunk' },
    )
    const prepared = await prepareRepository(local(source), options(await makeTempDir()))
    expect(prepared.branch).toBe('trunk')
  })

  it('clones a bare repository the same way', async () => {
    const work = await makeGitRepo([{ files: { 'a.txt': 'a\n' }, author: ADA, date: '2025-01-01T00:00:00Z' }])
    const bare = join(await makeTempDir(), 'api.git')
    await git(work, ['clone', '--quiet', '--bare', work, bare])
    const prepared = await prepareRepository(local(bare), options(await makeTempDir()))
    expect(prepared.commitSha).toBe((await git(work, ['rev-parse', 'HEAD'])).trim())
    expect(prepared.files).toEqual([{ path: 'a.txt', bytes: 2, mode: '100644' }])
  })

  it('handles a folder whose path needs URL escaping', async () => {
    const parent = await makeTempDir('diligent odd #1 %20 ')
    const source = await makeGitRepo(
      [{ files: { 'a.txt': 'a' }, author: ADA, date: '2025-01-01T00:00:00Z' }],
      {
        parentDir: parent,
        name: 'my repo #2',
      },
    )
    const prepared = await prepareRepository(local(source), options(await makeTempDir()))
    expect(prepared.files).toEqual([{ path: 'a.txt', bytes: 1, mode: '100644' }])
  })

  it('treats an empty repository as "no commits", not as an error, and picks up its first commit later', async () => {
    const source = await makeGitRepo([])
    const cache = await makeTempDir()
    const prepared = await prepareRepository(local(source), options(cache))
    expect(prepared).toMatchObject({
      commitSha: null,
      commitDate: null,
      branch: null,
      files: [],
      warnings: [expect.any(String)],
    })
    expect(await readdir(prepared.repoDir)).toEqual(['.git'])

    const again = await prepareRepository(local(source), options(cache))
    expect(again.commitSha).toBeNull()

    await addCommits(source, [{ files: { 'first.txt': '1\n' }, author: ADA, date: '2025-06-01T00:00:00Z' }])
    const later = await prepareRepository(local(source), options(cache))
    expect(later.repoDir).toBe(prepared.repoDir)
    expect(later.commitSha).toBe((await git(source, ['rev-parse', 'HEAD'])).trim())
    expect(later.branch).toBe('main')
    expect(later.files).toEqual([{ path: 'first.txt', bytes: 2, mode: '100644' }])
  })

  it('says a missing folder does not exist', async () => {
    const missing = join(await makeTempDir(), 'gone')
    const error = await failure(prepareRepository(local(missing), options(await makeTempDir())))
    expect(error.code).toBe('not-found')
    expect(error.message).toBe(`"${missing}" does not exist.`)
  })

  it('says a plain folder is not a git repository, and creates no clone', async () => {
    const folder = await makeTempDir()
    await writeFile(join(folder, 'notes.txt'), 'hello')
    const cache = await makeTempDir()
    const error = await failure(prepareRepository(local(folder), options(cache)))
    expect(error.code).toBe('not-a-repository')
    expect(error.message).toMatch(/is not a git repository/)
    expect(await readdir(cache)).toEqual([])
  })

  it('refuses a source inside the clone cache', async () => {
    const cache = await makeTempDir()
    const inside = await makeGitRepo([], { parentDir: join(cache, 'elsewhere') })
    expect((await failure(prepareRepository(local(inside), options(cache)))).code).toBe('invalid-source')
  })

  it('honours an abort that came before the start', async () => {
    const source = await makeGitRepo([{ files: { 'a.txt': 'a' }, author: ADA, date: '2025-01-01T00:00:00Z' }])
    const controller = new AbortController()
    controller.abort()
    const error = await failure(
      prepareRepository(local(source), options(await makeTempDir(), { signal: controller.signal })),
    )
    expect(error.code).toBe('cancelled')
  })
})

describe('prepareRepository with hostile content', () => {
  it('checks a committed symlink out as a small plain file, and the reader never follows it', async () => {
    const outside = await makeTempDir()
    const secret = join(outside, 'id_rsa')
    await writeFile(secret, '-----BEGIN OPENSSH PRIVATE KEY----- SECRET')
    const source = await makeGitRepo([
      { files: { key: { symlink: secret }, 'ok.txt': 'fine\n' }, author: ADA, date: '2025-01-01T00:00:00Z' },
    ])
    const prepared = await prepareRepository(local(source), options(await makeTempDir()))

    expect(prepared.files).toEqual([
      { path: 'key', bytes: Buffer.byteLength(secret), mode: '120000' },
      { path: 'ok.txt', bytes: 5, mode: '100644' },
    ])
    const onDisk = await lstat(join(prepared.repoDir, 'key'))
    expect(onDisk.isSymbolicLink()).toBe(false)
    expect(onDisk.isFile()).toBe(true)
    expect(onDisk.size).toBe(Buffer.byteLength(secret))
    const read = createRepoFileReader(prepared.repoDir, DEFAULT_CAPS.maxFileBytes)
    expect((await read('key'))?.toString()).toBe(secret)
    expect((await read('key'))?.toString()).not.toContain('SECRET')
    expect(await read('../../../../../../..' + secret)).toBeNull()
  })

  it('lists a submodule but never initialises or fetches it, whatever its URL', async () => {
    const marker = join(await makeTempDir(), 'submodule-ran')
    const source = await makeGitRepo([
      {
        files: {
          '.gitmodules': `[submodule "evil"]\n\tpath = vendor/lib\n\turl = ext::sh -c touch% ${marker}\n`,
        },
        author: ADA,
        date: '2025-01-01T00:00:00Z',
      },
    ])
    await git(source, ['update-index', '--add', '--cacheinfo', `160000,${'1'.repeat(40)},vendor/lib`])
    await git(source, ['commit', '--quiet', '-m', 'submodule'], {
      env: {
        GIT_AUTHOR_NAME: 'A',
        GIT_AUTHOR_EMAIL: 'a@x',
        GIT_COMMITTER_NAME: 'A',
        GIT_COMMITTER_EMAIL: 'a@x',
      },
    })
    const prepared = await prepareRepository(local(source), options(await makeTempDir()))
    expect(prepared.files).toEqual([
      {
        path: '.gitmodules',
        bytes: Buffer.byteLength(
          `[submodule "evil"]\n\tpath = vendor/lib\n\turl = ext::sh -c touch% ${marker}\n`,
        ),
        mode: '100644',
      },
      { path: 'vendor/lib', bytes: 0, mode: '160000' },
    ])
    expect(await readdir(join(prepared.repoDir, 'vendor', 'lib'))).toEqual([])
    await expect(stat(join(prepared.repoDir, '.git', 'modules'))).rejects.toThrow(/ENOENT/)
    await expect(stat(marker)).rejects.toThrow(/ENOENT/)
  })

  it('refuses a tree over the caps before anything is checked out', async () => {
    const source = await makeGitRepo([
      { files: { 'a.txt': 'a', 'b.txt': 'b', 'c.txt': 'c' }, author: ADA, date: '2025-01-01T00:00:00Z' },
    ])
    const cache = await makeTempDir()
    const caps = { ...DEFAULT_CAPS, maxFiles: 2 }
    const error = await failure(prepareRepository(local(source), options(cache, { caps })))
    expect(error.code).toBe('too-large')
    expect(error.message).toBe(
      "The repository has more than 2 files at this commit, Diligent's limit. Nothing was checked out. " +
        'If you trust this repository, raise the limit and run the audit again.',
    )
    const repoDir = join(cache, 'repos', cloneId(`local\0${source}`))
    expect(await readdir(repoDir)).toEqual(['.git'])
  })

  it('stops a git bomb (10^6 paths from 7 objects) at the file cap, quickly', async () => {
    const source = await makeGitRepo([])
    const blob = (await git(source, ['hash-object', '-w', '--stdin'], { input: 'boom\n' })).trim()
    let entry = `100644 blob ${blob}`
    for (let level = 0; level < 6; level++) {
      const listing = Array.from(
        { length: 10 },
        (_, index) => `${entry}\t${level === 0 ? 'f' : 'd'}${index}\n`,
      ).join('')
      const tree = (await git(source, ['mktree'], { input: listing })).trim()
      entry = `040000 tree ${tree}`
    }
    const root = entry.split(' ')[2]!
    const commit = (
      await git(source, ['commit-tree', root, '-m', 'bomb'], {
        env: {
          GIT_AUTHOR_NAME: 'A',
          GIT_AUTHOR_EMAIL: 'a@x',
          GIT_COMMITTER_NAME: 'A',
          GIT_COMMITTER_EMAIL: 'a@x',
        },
      })
    ).trim()
    await git(source, ['update-ref', 'refs/heads/main', commit])

    const cache = await makeTempDir()
    const started = performance.now()
    const error = await failure(
      prepareRepository(local(source), options(cache, { caps: { ...DEFAULT_CAPS, maxFiles: 5000 } })),
    )
    expect(error.code).toBe('too-large')
    expect(performance.now() - started).toBeLessThan(5000)
    expect(await readdir(join(cache, 'repos', cloneId(`local\0${source}`)))).toEqual(['.git'])
  })

  it('refuses a tree with a .GIT/hooks entry (fsck) and leaves no clone behind', async () => {
    const source = await makeGitRepo([])
    const marker = join(await makeTempDir(), 'hook-ran')
    const hook = (
      await git(source, ['hash-object', '-w', '--stdin'], { input: `#!/bin/sh\ntouch ${marker}\n` })
    ).trim()
    const hooks = (await git(source, ['mktree'], { input: `100755 blob ${hook}\tpost-checkout\n` })).trim()
    const dotGit = (await git(source, ['mktree'], { input: `040000 tree ${hooks}\thooks\n` })).trim()
    const root = (await git(source, ['mktree'], { input: `040000 tree ${dotGit}\t.GIT\n` })).trim()
    const commit = (
      await git(source, ['commit-tree', root, '-m', 'evil'], {
        env: {
          GIT_AUTHOR_NAME: 'A',
          GIT_AUTHOR_EMAIL: 'a@x',
          GIT_COMMITTER_NAME: 'A',
          GIT_COMMITTER_EMAIL: 'a@x',
        },
      })
    ).trim()
    await git(source, ['update-ref', 'refs/heads/main', commit])

    const cache = await makeTempDir()
    const error = await failure(prepareRepository(local(source), options(cache)))
    expect(error.code).toBe('rejected-by-git')
    expect(error.message).toMatch(/forbidden paths or malformed objects \(hasDotgit\)/)
    expect(await readdir(join(cache, 'repos'))).toEqual([])
    await expect(stat(marker)).rejects.toThrow(/ENOENT/)
  })
})

describe('prepareRepository over the network', () => {
  it('refuses a bad URL before running git', async () => {
    const cache = await makeTempDir()
    const error = await failure(prepareRepository(url('ext::sh -c touch% /tmp/pwned'), options(cache)))
    expect(error.code).toBe('invalid-source')
    expect(error.message).toMatch(/Remote-helper transports/)
    expect(await readdir(cache)).toEqual([])
  })

  it.each([
    ['https', (port: number) => `https://127.0.0.1:${port}/x.git`],
    ['ssh', (port: number) => `ssh://git@127.0.0.1:${port}/x.git`],
  ])('fails fast with "unreachable" for a closed %s port and leaves no temp folder', async (_, makeUrl) => {
    const cache = await makeTempDir()
    const started = performance.now()
    const error = await failure(prepareRepository(url(makeUrl(await closedPort())), options(cache)))
    expect(error.code).toBe('unreachable')
    expect(error.message).toMatch(/^Could not reach .*127\.0\.0\.1.*(Failed to connect|Connection refused)/)
    expect(performance.now() - started).toBeLessThan(10_000)
    expect(await readdir(join(cache, 'repos'))).toEqual([])
  })

  it('stops a server that never answers after the inactivity timeout', async () => {
    const server = await silentServer()
    try {
      const cache = await makeTempDir()
      const started = performance.now()
      const error = await failure(
        prepareRepository(
          url(`ssh://git@127.0.0.1:${server.port}/x.git`),
          options(cache, { timeouts: { inactivityMs: 800 } }),
        ),
      )
      expect(error.code).toBe('unreachable')
      expect(error.message).toBe(
        'The server sent nothing for 1 second, so the transfer was stopped. Check your network connection and try again.',
      )
      expect(performance.now() - started).toBeLessThan(5000)
      expect(await readdir(join(cache, 'repos'))).toEqual([])
    } finally {
      await server.close()
    }
  })

  it('stops a transfer at the wall-clock cap even if the inactivity timer would wait longer', async () => {
    const server = await silentServer()
    try {
      const error = await failure(
        prepareRepository(
          url(`ssh://git@127.0.0.1:${server.port}/x.git`),
          options(await makeTempDir(), { timeouts: { inactivityMs: 60_000, wallClockMs: 600 } }),
        ),
      )
      expect(error.code).toBe('unreachable')
      expect(error.message).toBe('The transfer took longer than 1 second and was stopped. Try again later.')
    } finally {
      await server.close()
    }
  })

  it('cancels a hanging clone promptly through the AbortSignal', async () => {
    const server = await silentServer()
    try {
      const cache = await makeTempDir()
      const controller = new AbortController()
      const running = prepareRepository(
        url(`ssh://git@127.0.0.1:${server.port}/x.git`),
        options(cache, { signal: controller.signal }),
      )
      await new Promise((resolve) => setTimeout(resolve, 300))
      const started = performance.now()
      controller.abort()
      const error = await failure(running)
      expect(error.code).toBe('cancelled')
      expect(performance.now() - started).toBeLessThan(2000)
      expect(await readdir(join(cache, 'repos'))).toEqual([])
    } finally {
      await server.close()
    }
  })
})

// security.md T3 / bad input 20: the auditor's own global config must not run anything on audited content.
describe("the auditor's hostile global git config", () => {
  let home: string
  let markers: string
  let source: string

  beforeAll(async () => {
    home = await makeTempDir('diligent-hostile-home-')
    markers = await makeTempDir('diligent-markers-')
    const touch = (name: string): string => `touch '${join(markers, name)}'`
    await mkdir(join(home, 'hooks'))
    await writeFile(join(home, 'hooks', 'post-checkout'), `#!/bin/sh\n${touch('hook')}\n`, { mode: 0o755 })
    await writeFile(join(home, 'gpg.sh'), `#!/bin/sh\n${touch('gpg')}\nexit 1\n`, { mode: 0o755 })
    await writeFile(join(home, 'fsmonitor.sh'), `#!/bin/sh\n${touch('fsmonitor')}\n`, { mode: 0o755 })
    const config = [
      '[core]',
      `\thooksPath = ${join(home, 'hooks')}`,
      `\tfsmonitor = ${join(home, 'fsmonitor.sh')}`,
      '[filter "evil"]',
      `\tsmudge = "${touch('smudge')}; cat"`,
      '\tclean = cat',
      '[diff "evil"]',
      `\ttextconv = "${touch('textconv')}; cat"`,
      '[log]',
      '\tshowSignature = true',
      '[gpg]',
      `\tprogram = ${join(home, 'gpg.sh')}`,
      '',
    ].join('\n')
    await writeFile(join(home, '.gitconfig'), config)
    // The XDG location is "global" config too.
    await mkdir(join(home, '.config', 'git'), { recursive: true })
    await writeFile(join(home, '.config', 'git', 'config'), config)

    source = await makeGitRepo([
      {
        files: { '.gitattributes': '* filter=evil diff=evil\n', 'a.txt': 'one\n' },
        author: ADA,
        date: '2025-01-01T00:00:00Z',
      },
      { files: { 'a.txt': 'one\ntwo\n' }, author: ADA, date: '2025-01-02T00:00:00Z' },
    ])
    // A commit carrying a (fake) signature, so log.showSignature would call gpg.program.
    const tree = (await git(source, ['rev-parse', 'HEAD^{tree}'])).trim()
    const parent = (await git(source, ['rev-parse', 'HEAD'])).trim()
    const signed = [
      `tree ${tree}`,
      `parent ${parent}`,
      'author Ada Lovelace <ada@example.com> 1735776000 +0000',
      'committer Ada Lovelace <ada@example.com> 1735776000 +0000',
      'gpgsig -----BEGIN PGP SIGNATURE-----',
      ' ',
      ' iQEzBAABCAAdFiEE',
      ' -----END PGP SIGNATURE-----',
      '',
      'signed',
      '',
    ].join('\n')
    const commit = (
      await git(source, ['hash-object', '-t', 'commit', '-w', '--stdin'], { input: signed })
    ).trim()
    await git(source, ['update-ref', 'refs/heads/main', commit])
  })

  async function markersPresent(): Promise<string[]> {
    return (await readdir(markers)).sort()
  }

  it('control: with plain git, that config does run hook, smudge, textconv and gpg (the test can fail)', async () => {
    const target = join(await makeTempDir(), 'plain')
    const hostile = { HOME: home }
    await git(source, ['clone', '--quiet', '--no-local', `file://${source}`, target], {
      env: { ...hostile, GIT_ALLOW_PROTOCOL: 'file' },
    })
    await git(target, ['log', '-p'], { env: hostile })
    expect(await markersPresent()).toEqual(expect.arrayContaining(['gpg', 'hook', 'smudge', 'textconv']))
    for (const name of await readdir(markers)) await rm(join(markers, name))
    expect(await markersPresent()).toEqual([])
  })

  it('the network phase reads that config (for credentials) yet runs none of it: -c overrides and --no-checkout', async () => {
    const environment = await prepareGitEnvironment({
      cacheDir: await makeTempDir(),
      sourceKind: 'url',
      ambient: { PATH: process.env['PATH'], HOME: home },
    })
    expect(environment.network['HOME']).toBe(home)
    // Only the test widens the protocol list, to stand in for an https remote without a network.
    const widened = { ...environment, network: { ...environment.network, GIT_ALLOW_PROTOCOL: 'file' } }
    const parent = await makeTempDir()
    const target = join(parent, 'clone')
    await runNetworkGit(
      [
        'clone',
        '--no-checkout',
        '--no-recurse-submodules',
        '--origin',
        'origin',
        '--progress',
        '--',
        `file://${source}`,
        target,
      ],
      { cwd: parent, environment: widened, signal: new AbortController().signal },
    )
    const sha = (await git(source, ['rev-parse', 'HEAD'])).trim()
    await runLocalGit(
      target,
      environment,
      ['checkout', '--force', '--detach', sha],
      new AbortController().signal,
    )
    const reader = createGitReader(target, environment, new AbortController().signal)
    for await (const line of reader.stream(['log', '-p'])) void line
    expect(await readFile(join(target, 'a.txt'), 'utf8')).toBe('one\ntwo\n')
    expect(await markersPresent()).toEqual([])
  })

  it('Diligent clones, checks out and reads the whole history with patches without running any of it', async () => {
    vi.stubEnv('HOME', home)
    const prepared = await prepareRepository(local(source), options(await makeTempDir()))
    expect(prepared.files.map((file) => file.path)).toEqual(['.gitattributes', 'a.txt'])
    expect(await readFile(join(prepared.repoDir, 'a.txt'), 'utf8')).toBe('one\ntwo\n')
    let patch = ''
    for await (const line of prepared.git.stream(['log', '-p', '--all', '--full-history']))
      patch += `${line}\n`
    expect(patch).toMatch(/^\+two$/m)
    expect(patch).not.toMatch(/gpg: |Good signature|Can't check signature/)
    await prepared.git.run(['show', 'HEAD~1'])
    await prepared.git.run(['cat-file', '-p', 'HEAD:a.txt'])
    expect(await markersPresent()).toEqual([])
  })
})
