import { vulnerabilityCheck } from '@simple-git/argv-parser'
import { readdir, readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  GitCommandError,
  NETWORK_ALLOWED_ENVIRONMENT,
  NETWORK_UNSAFE_OPT_INS,
  buildLocalArgv,
  buildNetworkArgv,
  createGitReader,
  spawnGit,
} from '../../../src/main/engine/git/git-command'
import { prepareGitEnvironment, type GitEnvironment } from '../../../src/main/engine/git/git-environment'
import { RepoAccessError } from '../../../src/main/engine/git/repo-access-error'
import { ADA, GRACE, makeGitRepo, makeTempDir, removeTempDirs } from '../../helpers/make-git-repo'

const context = { hooksDir: '/cache/git/empty-hooks', platform: 'linux' as const }

const NETWORK_OVERRIDES = [
  '-c', 'core.hooksPath=/cache/git/empty-hooks',
  '-c', 'core.fsmonitor=false',
  '-c', 'core.symlinks=false',
  '-c', 'core.protectNTFS=true',
  '-c', 'core.protectHFS=true',
  '-c', 'submodule.recurse=false',
  '-c', 'transfer.fsckObjects=true',
  '-c', 'fetch.fsckObjects=true',
  '-c', 'receive.fsckObjects=true',
  '-c', 'transfer.bundleURI=false',
  '-c', 'safe.bareRepository=explicit',
  '-c', 'filter.lfs.smudge=',
  '-c', 'filter.lfs.process=',
  '-c', 'filter.lfs.required=false',
] // prettier-ignore

describe('the argv builder', () => {
  it('builds the network clone from constants, with the URL last-but-one after --', () => {
    const argv = buildNetworkArgv(context, [
      'clone', '--no-checkout', '--no-recurse-submodules', '--origin', 'origin', '--progress',
      '--', 'https://github.com/acme/api.git', '/cache/repos/0123456789abcdef.tmp',
    ]) // prettier-ignore
    expect(argv).toEqual([
      '--no-pager',
      ...NETWORK_OVERRIDES,
      'clone', '--no-checkout', '--no-recurse-submodules', '--origin', 'origin', '--progress',
      '--', 'https://github.com/acme/api.git', '/cache/repos/0123456789abcdef.tmp',
    ]) // prettier-ignore
    expect(argv.at(-2)).toBe('https://github.com/acme/api.git')
    expect(argv.at(-3)).toBe('--')
  })

  it('adds core.longpaths on Windows only', () => {
    expect(buildNetworkArgv({ ...context, platform: 'win32' }, ['fetch'])).toContain('core.longpaths=true')
    expect(buildNetworkArgv(context, ['fetch']).join(' ')).not.toContain('longpaths')
  })

  it('pins local commands to the clone root and puts the sterile overrides in front', () => {
    expect(buildLocalArgv({ ...context, repoDir: '/cache/repos/abc' }, ['ls-tree', '-r', 'HEAD'])).toEqual([
      '--no-pager',
      ...NETWORK_OVERRIDES,
      '-c', 'protocol.allow=never',
      '-c', 'core.quotePath=false',
      '-c', 'color.ui=false',
      '-c', 'log.showSignature=false',
      '-c', 'advice.detachedHead=false',
      '--git-dir=/cache/repos/abc/.git',
      '--work-tree=/cache/repos/abc',
      'ls-tree', '-r', 'HEAD',
    ]) // prettier-ignore
  })

  it.each(['log', 'show', 'diff'])('gives every %s --no-textconv --no-ext-diff --no-color', (subcommand) => {
    const argv = buildLocalArgv({ ...context, repoDir: '/r' }, [subcommand, '-p', 'HEAD'])
    expect(argv.slice(-6)).toEqual([subcommand, '--no-textconv', '--no-ext-diff', '--no-color', '-p', 'HEAD'])
  })

  // security.md T1 policy test: simple-git's own parser finds only the categories we opt in to.
  it('needs exactly the unsafe opt-ins security.md d.5 lists, and no others', () => {
    const clone = buildNetworkArgv(context, ['clone', '--no-checkout', '--', 'https://h/x.git', '/c/x.tmp'])
    const env = {
      GIT_CONFIG_GLOBAL: '/c/s.gitconfig',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_ALLOW_PROTOCOL: 'https:ssh:file',
    }
    const categories = [...new Set(vulnerabilityCheck(clone, env).map((found) => found.category))].sort()
    expect(categories).toEqual(Object.keys(NETWORK_UNSAFE_OPT_INS).sort())
    expect(NETWORK_UNSAFE_OPT_INS).toEqual({
      allowUnsafeHooksPath: true,
      allowUnsafeFsMonitor: true,
      allowUnsafeFilter: true,
      allowUnsafeConfigPaths: true,
    })
    expect(NETWORK_ALLOWED_ENVIRONMENT).toEqual([
      'GIT_TERMINAL_PROMPT',
      'GIT_ALLOW_PROTOCOL',
      'GIT_LFS_SKIP_SMUDGE',
      'GIT_CONFIG_NOSYSTEM',
      'GIT_CONFIG_GLOBAL',
    ])
    // The categories that stay blocked are real: an injected --upload-pack would still be refused.
    const injected = vulnerabilityCheck(
      [...clone.slice(0, -3), '--upload-pack=touch /tmp/x', '--', 'u', 'd'],
      {},
    )
    expect(injected.map((found) => found.category)).toContain('allowUnsafePack')
  })
})

describe('createGitReader', () => {
  let repo: string
  let environment: GitEnvironment

  beforeAll(async () => {
    const lines = Array.from({ length: 200_000 }, (_, index) => `line ${index} ünïcødé ✓`).join('\n')
    repo = await makeGitRepo([
      { files: { 'a.txt': 'alpha\n', 'big.txt': `${lines}\n` }, author: ADA, date: '2025-01-01T10:00:00Z' },
      { files: { 'b c.txt': 'beta\n' }, author: GRACE, date: '2025-01-02T10:00:00Z', message: 'second' },
    ])
    environment = await prepareGitEnvironment({ cacheDir: await makeTempDir(), sourceKind: 'url' })
  })
  afterAll(removeTempDirs)

  const reader = (signal = new AbortController().signal) => createGitReader(repo, environment, signal)

  it('runs read-only commands and returns stdout', async () => {
    expect(await reader().run(['log', '--format=%an|%ae|%aI|%s'])).toBe(
      'Grace Hopper|grace@example.com|2025-01-02T10:00:00+00:00|second\nAda Lovelace|ada@example.com|2025-01-01T10:00:00+00:00|commit 1\n',
    )
  })

  it('streams NUL-separated records, including names with spaces', async () => {
    const records: string[] = []
    for await (const record of reader().stream(['ls-tree', '-z', '--name-only', 'HEAD'], { separator: '\0' }))
      records.push(record)
    expect(records).toEqual(['a.txt', 'b c.txt', 'big.txt'])
  })

  it('streams a large output line by line without splitting multi-byte characters', async () => {
    let count = 0
    let last = ''
    for await (const line of reader().stream(['cat-file', '-p', 'HEAD:big.txt'])) {
      if (!/^line \d+ ünïcødé ✓$/.test(line)) throw new Error(`damaged line ${JSON.stringify(line)}`)
      count++
      last = line
    }
    expect(count).toBe(200_000)
    expect(last).toBe('line 199999 ünïcødé ✓')
  })

  it('surfaces git stderr when a command fails', async () => {
    const failing = reader().run(['rev-parse', '--verify', 'no-such-branch'])
    await expect(failing).rejects.toBeInstanceOf(GitCommandError)
    await expect(failing).rejects.toThrow(
      /git rev-parse failed \(exit 128\): fatal: Needed a single revision/,
    )
    const streamed = async () => {
      for await (const _ of reader().stream(['log', 'no-such-branch'])) void _
    }
    await expect(streamed()).rejects.toThrow(/unknown revision or path not in the working tree/)
  })

  it.each([
    [['push', 'origin'], /refuses "push"/],
    [['config', 'core.pager', 'touch /tmp/x'], /refuses "config"/],
    [['-c', 'core.pager=touch /tmp/x', 'log'], /refuses "-c"/],
    [['--git-dir=/etc', 'log'], /refuses "--git-dir=\/etc"/],
    [['checkout', 'HEAD'], /refuses "checkout"/],
    [['fetch'], /refuses "fetch"/],
    [['submodule', 'update'], /refuses "submodule"/],
    [[], /refuses "undefined"/],
    [['log', '--output=/tmp/x'], /option --output/],
    [['log', '--output', '/tmp/x'], /option --output/],
    [['log', '-p', '--textconv'], /option --textconv/],
    [['log', '-p', '--ext-diff'], /option --ext-diff/],
    [['cat-file', '--filters', 'HEAD:a.txt'], /option --filters/],
    [['log', 'a\0b'], /NUL/],
    [['log', '--format=%<(2147483647)%s'], /padding directives/],
    [['log', '--pretty=format:%>(9)%an'], /padding directives/],
    [['for-each-ref', '--format=%><(80)%(refname)'], /padding directives/],
  ])('refuses %j', async (args, message) => {
    expect(() => reader().stream(args)).toThrow(message)
    await expect(reader().run(args)).rejects.toThrow(message)
  })

  it("allows rev-parse's own query options", async () => {
    expect(await reader().run(['rev-parse', '--git-dir', '--show-toplevel'])).toBe(`${repo}/.git\n${repo}\n`)
  })

  it('treats anything after -- as a path, not an option', async () => {
    expect(await reader().run(['log', '--format=%s', '--', '--output=x'])).toBe('')
  })

  it('rejects abbreviated long options git would otherwise expand', async () => {
    await expect(reader().run(['log', '--outp=/tmp/diligent-x'])).rejects.toThrow(/git log failed/)
  })

  it('stops a stream promptly on abort and leaves no git process behind', async () => {
    const controller = new AbortController()
    const lines = reader(controller.signal).stream(['cat-file', '-p', 'HEAD:big.txt'])[Symbol.asyncIterator]()
    expect((await lines.next()).value).toBe('line 0 ünïcødé ✓')
    // git is still running, blocked on the full pipe: the test would notice if abort did not kill it.
    if (process.platform === 'linux')
      expect(await gitProcessesMentioning(repo, { waitForNone: false })).toHaveLength(1)
    const started = performance.now()
    controller.abort()
    await expect(lines.next()).rejects.toMatchObject({ name: 'AbortError' })
    expect(performance.now() - started).toBeLessThan(1000)
    if (process.platform === 'linux') expect(await gitProcessesMentioning(repo)).toEqual([])
  })

  it('kills git when the consumer stops early', async () => {
    for await (const line of reader().stream(['cat-file', '-p', 'HEAD:big.txt'])) if (line) break
    if (process.platform === 'linux') expect(await gitProcessesMentioning(repo)).toEqual([])
  })

  it('refuses to start once the signal has aborted', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(reader(controller.signal).run(['log'])).rejects.toMatchObject({ name: 'AbortError' })
  })
})

describe('spawnGit', () => {
  it('reports a missing git as git-missing', async () => {
    const failing = spawnGit(['--version'], { cwd: process.cwd(), env: { PATH: '/nonexistent-diligent' } })
    await expect(failing).rejects.toBeInstanceOf(RepoAccessError)
    await expect(failing).rejects.toMatchObject({
      code: 'git-missing',
      message: expect.stringMatching(/git was not found/),
    })
  })
})

/** git processes whose command line names `path` (Linux /proc); killed ones disappear within a moment. */
async function gitProcessesMentioning(path: string, options = { waitForNone: true }): Promise<string[]> {
  const deadline = Date.now() + (options.waitForNone ? 1000 : 0)
  for (;;) {
    const found: string[] = []
    for (const pid of await readdir('/proc')) {
      if (!/^\d+$/.test(pid)) continue
      const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')
      const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '')
      if (cmdline.startsWith('git\0') && cmdline.includes(path) && !/State:\s+Z/.test(status)) found.push(pid)
    }
    if (found.length === 0 || Date.now() > deadline) return found
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
