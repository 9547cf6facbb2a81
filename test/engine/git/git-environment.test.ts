import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  buildGitEnvironment,
  prepareGitEnvironment,
  sterileGitConfig,
} from '../../../src/main/engine/git/git-environment'
import { git, makeTempDir, removeTempDirs } from '../../helpers/make-git-repo'

afterAll(removeTempDirs)

// Everything an attacker-influenced or merely unlucky environment could carry into git.
const AMBIENT: NodeJS.ProcessEnv = {
  PATH: '/usr/bin:/bin',
  HOME: '/home/auditor',
  SSH_AUTH_SOCK: '/run/agent.sock',
  HTTPS_PROXY: 'http://proxy:3128',
  GIT_DIR: '/elsewhere/.git',
  GIT_WORK_TREE: '/elsewhere',
  GIT_ASKPASS: '/usr/bin/code-askpass',
  SSH_ASKPASS: '/usr/bin/ssh-askpass',
  GIT_SSH_COMMAND: 'touch /tmp/pwned; ssh',
  GIT_EXEC_PATH: '/tmp/evil',
  GIT_CONFIG_PARAMETERS: "'core.pager'='touch /tmp/pwned'",
  GIT_ALLOW_PROTOCOL: 'ext',
  PAGER: 'touch /tmp/pwned',
  EDITOR: 'vim',
  NODE_OPTIONS: '--inspect',
  LANG: 'de_DE.UTF-8',
}

const paths = {
  hooksDir: '/cache/git/empty-hooks',
  homeDir: '/cache/git/home',
  sterileConfigPath: '/cache/git/s.gitconfig',
}

describe('buildGitEnvironment', () => {
  it('gives a URL clone the auditor identity and nothing else from the ambient environment', () => {
    const environment = buildGitEnvironment({
      ...paths,
      sourceKind: 'url',
      ambient: AMBIENT,
      platform: 'linux',
    })
    expect(environment.network).toEqual({
      PATH: '/usr/bin:/bin',
      HOME: '/home/auditor',
      SSH_AUTH_SOCK: '/run/agent.sock',
      HTTPS_PROXY: 'http://proxy:3128',
      LANG: 'C',
      LC_ALL: 'C',
      GIT_TERMINAL_PROMPT: '0',
      GIT_LFS_SKIP_SMUDGE: '1',
      GIT_ALLOW_PROTOCOL: 'https:ssh',
    })
  })

  it('runs local phases, and the clone of a local folder, under the sterile config with an app-owned HOME', () => {
    const environment = buildGitEnvironment({
      ...paths,
      sourceKind: 'local',
      ambient: AMBIENT,
      platform: 'linux',
    })
    expect(environment.local).toEqual({
      PATH: '/usr/bin:/bin',
      HOME: '/cache/git/home',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/cache/git/s.gitconfig',
      LANG: 'C',
      LC_ALL: 'C',
      GIT_TERMINAL_PROMPT: '0',
      GIT_LFS_SKIP_SMUDGE: '1',
      GIT_TEST_DISALLOW_ABBREVIATED_OPTIONS: '1',
    })
    expect(environment.network).toEqual({
      PATH: '/usr/bin:/bin',
      HOME: '/cache/git/home',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/cache/git/s.gitconfig',
      LANG: 'C',
      LC_ALL: 'C',
      GIT_TERMINAL_PROMPT: '0',
      GIT_LFS_SKIP_SMUDGE: '1',
      GIT_ALLOW_PROTOCOL: 'https:ssh:file',
    })
  })

  it('finds Path case-insensitively on Windows and adds SYSTEMROOT and USERPROFILE', () => {
    const environment = buildGitEnvironment({
      ...paths,
      sourceKind: 'url',
      ambient: {
        Path: 'C:\\Git\\cmd',
        SystemRoot: 'C:\\Windows',
        USERPROFILE: 'C:\\Users\\a',
        GIT_ASKPASS: 'x',
      },
      platform: 'win32',
    })
    expect(environment.network).toMatchObject({
      PATH: 'C:\\Git\\cmd',
      SYSTEMROOT: 'C:\\Windows',
      USERPROFILE: 'C:\\Users\\a',
    })
    expect(environment.network).not.toHaveProperty('GIT_ASKPASS')
    expect(environment.local).toMatchObject({ HOME: '/cache/git/home', USERPROFILE: '/cache/git/home' })
  })
})

describe('sterileGitConfig', () => {
  it('is exactly the d.4 config, with the hooks path quoted', () => {
    expect(sterileGitConfig('/c; #x/"hooks"', 'linux')).toBe(
      [
        '# Written by Diligent. The local git phases read this instead of your own ~/.gitconfig,',
        '# so none of your hooks, filters, textconv or diff drivers ever run on audited code.',
        '[core]',
        '\thooksPath = "/c; #x/\\"hooks\\""',
        '\tfsmonitor = false',
        '\tsymlinks = false',
        '\tprotectNTFS = true',
        '\tprotectHFS = true',
        '\tquotePath = false',
        '[safe]',
        '\tbareRepository = explicit',
        '[transfer]',
        '\tfsckObjects = true',
        '[submodule]',
        '\trecurse = false',
        '[protocol]',
        '\tallow = never',
        '[color]',
        '\tui = false',
        '[log]',
        '\tshowSignature = false',
        '',
      ].join('\n'),
    )
    expect(sterileGitConfig('C:\\cache\\hooks', 'win32')).toContain('\thooksPath = "C:\\\\cache\\\\hooks"\n')
    expect(sterileGitConfig('x', 'win32')).toContain('\tlongpaths = true\n')
  })

  it('refuses a path with a line break instead of writing a config git would misread', () => {
    expect(() => sterileGitConfig('/a\n[core]\n\tfsmonitor=evil', 'linux')).toThrow(/line break/)
  })
})

describe('prepareGitEnvironment', () => {
  it('writes a config git reads back exactly, and empties a tampered hooks folder', async () => {
    const cache = await makeTempDir('diligent cache; #odd-')
    const first = await prepareGitEnvironment({ cacheDir: cache, sourceKind: 'url' })
    expect(first.hooksDir).toBe(join(cache, 'git', 'empty-hooks'))
    expect(await readFile(first.sterileConfigPath, 'utf8')).toBe(
      sterileGitConfig(first.hooksDir, process.platform),
    )
    const listed = await git(cache, ['config', '--file', first.sterileConfigPath, '--get', 'core.hooksPath'])
    expect(listed.trim()).toBe(first.hooksDir)

    await writeFile(join(first.hooksDir, 'post-checkout'), '#!/bin/sh\ntouch /tmp/pwned\n', { mode: 0o755 })
    await prepareGitEnvironment({ cacheDir: cache, sourceKind: 'local' })
    expect(await readdir(first.hooksDir)).toEqual([])
    expect((await readdir(join(cache, 'git'))).sort()).toEqual(['empty-hooks', 'home', 'sterile.gitconfig'])
  })
})
