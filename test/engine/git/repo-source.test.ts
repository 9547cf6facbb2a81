import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  MAX_URL_LENGTH,
  validateLocalFolder,
  validateRepoUrl,
} from '../../../src/main/engine/git/repo-source'
import { ADA, git, makeGitRepo, makeTempDir, removeTempDirs } from '../../helpers/make-git-repo'

afterAll(removeTempDirs)

describe('validateRepoUrl', () => {
  it.each([
    'https://github.com/acme/api.git',
    'https://git.example.com:8443/team/sub/repo',
    'https://127.0.0.1:9/x.git',
    'ssh://git@github.com/acme/api.git',
    'ssh://github.com:2222/acme/api.git',
    'ssh://deploy.user@git-host.internal/srv/repo.git',
    'git@github.com:acme/api.git',
    'git@gitlab.example.com:group/sub/repo.git',
    'alice@host:~alice/repo',
  ])('accepts %s unchanged', (url) => {
    expect(validateRepoUrl(url)).toEqual({ ok: true, url })
  })

  it('trims surrounding spaces only', () => {
    expect(validateRepoUrl('  https://github.com/acme/api.git ')).toEqual({
      ok: true,
      url: 'https://github.com/acme/api.git',
    })
  })

  it.each([
    // security.md bad inputs 1–2: remote helpers run programs.
    ['ext::sh -c touch /tmp/pwned', /Remote-helper transports/],
    ['ext::sh -c touch% /tmp/pwned', /Remote-helper transports/],
    ['fd::0', /Remote-helper transports/],
    ['https://host/a::b', /Remote-helper transports/],
    // 3–4: option injection.
    ['--upload-pack=touch /tmp/pwned', /"-"/],
    ['--upload-pack=x', /starts with "-"/],
    ['-u touch /tmp/pwned', /starts with "-"/],
    ['-oProxyCommand=touch /tmp/pwned', /starts with "-"/],
    ['-oProxyCommand', /starts with "-"/],
    ['ssh://-oProxyCommand=touch%20/tmp/pwned/x', /not a valid host name/],
    ['ssh://git@-oProxyCommand=x/repo', /not a valid host name/],
    ['git@host:-oProxyCommand=x', /path segment starts with "-"/],
    ['https://host/-x/repo', /path segment starts with "-"/],
    ['https://host/team/%2dx', /path segment starts with "-"/],
    ['-user@host:repo', /starts with "-"/],
    // 5: control characters, raw or percent-encoded.
    ['https://host/repo\n.git', /control characters/],
    ['https://host/repo\r', /control characters/],
    ['https://host/re\u0000po', /control characters/],
    ['https://host/re\u001bpo', /control characters/],
    ['https://host/re%0apo', /encoded control characters/],
    ['https://host/re po', /spaces/],
    ['https://host/re\tpo', /control characters/],
    // 6: credentials in the URL.
    ['https://user:pass@host/x', /password or token.*credential helper or use SSH keys/],
    ['https://ghp_abcdefabcdefabcdefabcdef@github.com/acme/api.git', /user name.*credential helper/],
    ['ssh://git:secret@host/repo.git', /password or token.*credential helper or use SSH keys/],
    // 7: unencrypted and local transports.
    ['http://github.com/acme/api.git', /http:\/\/ is unencrypted/],
    ['git://github.com/acme/api.git', /git:\/\/ is unencrypted/],
    ['file:///etc/passwd', /local folder/],
    ['FILE:///tmp/repo', /local folder/],
    ['ftp://host/repo', /ftp:\/\/ transport is not supported/],
    ['/home/alice/repo', /folder path/],
    ['C:\\Users\\alice\\repo', /folder path/],
    // Shape problems.
    ['', /Enter a repository address/],
    ['https://github.com', /no repository path/],
    ['https://github.com/', /no repository path/],
    ['https://[::1]/repo', /Remote-helper|not a valid host/],
    ['https://host:99999/repo', /out of range/],
    ['https://ho_st/repo', /not a valid host name/],
    ['github.com/acme/api', /https:\/\/, ssh:\/\/ or user@host:path/],
    ['https://host/%zz', /malformed %-escape/],
  ])('refuses %j', (url, reason) => {
    const verdict = validateRepoUrl(url)
    expect(verdict.ok).toBe(false)
    if (!verdict.ok) expect(verdict.reason).toMatch(reason)
  })

  it('refuses an address longer than 2,048 characters and accepts one at the limit', () => {
    const base = 'https://host/'
    expect(validateRepoUrl(base + 'a'.repeat(MAX_URL_LENGTH - base.length)).ok).toBe(true)
    const verdict = validateRepoUrl(base + 'a'.repeat(MAX_URL_LENGTH - base.length + 1))
    expect(verdict).toEqual({ ok: false, reason: 'The address is longer than 2048 characters.' })
  })
})

describe('validateLocalFolder', () => {
  it('accepts a working copy and returns its real path', async () => {
    const repo = await makeGitRepo([{ files: { 'a.txt': 'a' }, author: ADA, date: '2025-01-01T00:00:00Z' }])
    const parent = await makeTempDir()
    await symlink(repo, join(parent, 'link'))
    expect(await validateLocalFolder(join(parent, 'link'))).toEqual({ ok: true, path: repo })
  })

  it('accepts a bare repository and a folder whose .git is a file', async () => {
    const parent = await makeTempDir()
    await git(parent, ['init', '--quiet', '--bare', 'bare.git'])
    expect(await validateLocalFolder(join(parent, 'bare.git'))).toEqual({
      ok: true,
      path: join(parent, 'bare.git'),
    })
    await mkdir(join(parent, 'worktree'))
    await writeFile(join(parent, 'worktree', '.git'), 'gitdir: ../bare.git\n')
    expect(await validateLocalFolder(join(parent, 'worktree'))).toEqual({
      ok: true,
      path: join(parent, 'worktree'),
    })
  })

  it('gives distinct, clear errors for a missing path, a file and a plain folder', async () => {
    const parent = await makeTempDir()
    const missing = join(parent, 'nope')
    expect(await validateLocalFolder(missing)).toEqual({
      ok: false,
      code: 'not-found',
      reason: `"${missing}" does not exist.`,
    })
    await writeFile(join(parent, 'file.txt'), 'x')
    expect(await validateLocalFolder(join(parent, 'file.txt'))).toMatchObject({
      ok: false,
      code: 'not-a-repository',
      reason: expect.stringMatching(/is a file, not a folder/),
    })
    await mkdir(join(parent, 'plain'))
    expect(await validateLocalFolder(join(parent, 'plain'))).toEqual({
      ok: false,
      code: 'not-a-repository',
      reason: `"${join(parent, 'plain')}" is not a git repository: it has no .git folder. Choose the top folder of the repository.`,
    })
  })

  it("refuses a folder inside Diligent's own cache", async () => {
    const cache = await makeTempDir()
    const inside = await makeGitRepo([], { parentDir: join(cache, 'repos') })
    const verdict = await validateLocalFolder(inside, { forbiddenRoots: [cache] })
    expect(verdict).toMatchObject({
      ok: false,
      code: 'invalid-source',
      reason: expect.stringMatching(/own data folder/),
    })
    expect((await validateLocalFolder(inside, { forbiddenRoots: [join(cache, 'other')] })).ok).toBe(true)
  })

  it('refuses control characters and empty input', async () => {
    expect(await validateLocalFolder('')).toMatchObject({ ok: false, code: 'invalid-source' })
    expect(await validateLocalFolder('/tmp/a\nb')).toMatchObject({ ok: false, code: 'invalid-source' })
  })
})
