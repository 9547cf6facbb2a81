import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'

/**
 * The environments git runs in (security.md d.2, d.4). Both are built key by key, never by spreading
 * `process.env`: an ambient GIT_DIR, GIT_ASKPASS, GIT_SSH_COMMAND, GIT_EXEC_PATH or PAGER must not
 * reach git, and the auditor's own global and system config must not reach anything that touches
 * attacker content.
 */
export interface GitEnvironment {
  /**
   * Clone and fetch. For a URL it keeps the auditor's own git config (credential helpers, SSH keys,
   * proxies); the dangerous keys are overridden by constant `-c` flags. A local folder needs no
   * credentials, so its clone runs under the sterile config too.
   */
  network: Readonly<Record<string, string>>
  /** Everything that reads or checks out the clone: sterile config, app-owned HOME, no protocols. */
  local: Readonly<Record<string, string>>
  /** An empty, app-owned folder that `core.hooksPath` points at, so no hook can ever run. */
  hooksDir: string
  /** The app-owned, near-empty global config of the local phases. */
  sterileConfigPath: string
  platform: NodeJS.Platform
}

export interface GitEnvironmentOptions {
  cacheDir: string
  sourceKind: 'url' | 'local'
  /** Where PATH, HOME and SSH_AUTH_SOCK are read from; defaults to `process.env`. */
  ambient?: NodeJS.ProcessEnv
  platform?: NodeJS.Platform
}

const COMMON = {
  LANG: 'C',
  LC_ALL: 'C',
  // Never prompt: a prompt in a window-less process hangs until the inactivity timeout.
  GIT_TERMINAL_PROMPT: '0',
  // Belt and braces: LFS is also absent from the sterile config and neutralised by -c on the network phase.
  GIT_LFS_SKIP_SMUDGE: '1',
} as const

// Proxies only route the encrypted transfer; an auditor behind a corporate proxy cannot clone without them.
const NETWORK_PASSTHROUGH = [
  'SSH_AUTH_SOCK',
  'HTTPS_PROXY',
  'https_proxy',
  'ALL_PROXY',
  'all_proxy',
  'NO_PROXY',
  'no_proxy',
]

/** Reads a variable the way the OS does: case-insensitively on Windows (`Path`). */
function ambientValue(
  ambient: NodeJS.ProcessEnv,
  name: string,
  platform: NodeJS.Platform,
): string | undefined {
  if (platform !== 'win32') return ambient[name]
  const key = Object.keys(ambient).find((candidate) => candidate.toUpperCase() === name.toUpperCase())
  return key === undefined ? undefined : ambient[key]
}

function pick(
  ambient: NodeJS.ProcessEnv,
  names: readonly string[],
  platform: NodeJS.Platform,
): Record<string, string> {
  const picked: Record<string, string> = {}
  for (const name of names) {
    const value = ambientValue(ambient, name, platform)
    if (value !== undefined && value !== '') picked[name] = value
  }
  return picked
}

/** PATH plus what Windows needs to start processes at all; the same in every phase. */
function systemVariables(ambient: NodeJS.ProcessEnv, platform: NodeJS.Platform): Record<string, string> {
  return pick(ambient, platform === 'win32' ? ['PATH', 'SYSTEMROOT'] : ['PATH'], platform)
}

function homeVariables(home: string, platform: NodeJS.Platform): Record<string, string> {
  return platform === 'win32' ? { HOME: home, USERPROFILE: home } : { HOME: home }
}

/** The auditor's own identity for the network phase: where git finds their config, credentials and SSH keys. */
function auditorHome(ambient: NodeJS.ProcessEnv, platform: NodeJS.Platform): Record<string, string> {
  return pick(ambient, platform === 'win32' ? ['HOME', 'USERPROFILE'] : ['HOME'], platform)
}

/** Git config values are quoted so `;`, `#` and spaces in the path cannot end the value early. */
export function quoteConfigValue(value: string): string {
  if (/[\r\n\0]/.test(value))
    throw new Error('The cache folder path contains a line break; choose another folder.')
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}

/** The sterile global config of security.md d.4, with `core.longpaths` on Windows. */
export function sterileGitConfig(hooksDir: string, platform: NodeJS.Platform): string {
  return [
    '# Written by Diligent. The local git phases read this instead of your own ~/.gitconfig,',
    '# so none of your hooks, filters, textconv or diff drivers ever run on audited code.',
    '[core]',
    `\thooksPath = ${quoteConfigValue(hooksDir)}`,
    '\tfsmonitor = false',
    '\tsymlinks = false',
    '\tprotectNTFS = true',
    '\tprotectHFS = true',
    '\tquotePath = false',
    ...(platform === 'win32' ? ['\tlongpaths = true'] : []),
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
  ].join('\n')
}

/** Builds both environments from explicit values; pure, so the tests can pin every key. */
export function buildGitEnvironment(paths: {
  hooksDir: string
  homeDir: string
  sterileConfigPath: string
  sourceKind: 'url' | 'local'
  ambient: NodeJS.ProcessEnv
  platform: NodeJS.Platform
}): GitEnvironment {
  const { ambient, platform } = paths
  const sterile = {
    ...homeVariables(paths.homeDir, platform),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: paths.sterileConfigPath,
  }
  const network =
    paths.sourceKind === 'url'
      ? {
          ...systemVariables(ambient, platform),
          ...auditorHome(ambient, platform),
          ...pick(ambient, NETWORK_PASSTHROUGH, platform),
          ...COMMON,
          GIT_ALLOW_PROTOCOL: 'https:ssh',
        }
      : { ...systemVariables(ambient, platform), ...sterile, ...COMMON, GIT_ALLOW_PROTOCOL: 'https:ssh:file' }
  const local = {
    ...systemVariables(ambient, platform),
    ...sterile,
    ...COMMON,
    // Local phases never need a transport: no GIT_ALLOW_PROTOCOL, so the sterile `protocol.allow=never` holds.
    // Abbreviated long options (`--outp` for `--output`) could slip past the reader's option checks.
    GIT_TEST_DISALLOW_ABBREVIATED_OPTIONS: '1',
  }
  return {
    network,
    local,
    hooksDir: paths.hooksDir,
    sterileConfigPath: paths.sterileConfigPath,
    platform,
  }
}

/** Makes sure the hooks folder exists and is empty: anything found there is removed, never run. */
async function ensureEmptyFolder(path: string): Promise<void> {
  await mkdir(path, { recursive: true })
  if ((await readdir(path)).length === 0) return
  await rm(path, { recursive: true, force: true })
  await mkdir(path, { recursive: true })
}

/**
 * Writes the app-owned git folder into the cache (`<cacheDir>/git/{sterile.gitconfig, empty-hooks, home}`)
 * and returns the environments that point at it. The config is written to a temp file and renamed, so a
 * concurrent audit never reads half a file.
 */
export async function prepareGitEnvironment(options: GitEnvironmentOptions): Promise<GitEnvironment> {
  const platform = options.platform ?? process.platform
  const gitDir = join(resolve(options.cacheDir), 'git')
  const hooksDir = join(gitDir, 'empty-hooks')
  const homeDir = join(gitDir, 'home')
  const sterileConfigPath = join(gitDir, 'sterile.gitconfig')
  await mkdir(gitDir, { recursive: true })
  await ensureEmptyFolder(hooksDir)
  await ensureEmptyFolder(homeDir)
  const temporary = `${sterileConfigPath}.${process.pid}.${Date.now()}.partial`
  await writeFile(temporary, sterileGitConfig(hooksDir, platform), { mode: 0o644 })
  await rename(temporary, sterileConfigPath)
  return buildGitEnvironment({
    hooksDir,
    homeDir,
    sterileConfigPath,
    sourceKind: options.sourceKind,
    ambient: options.ambient ?? process.env,
    platform,
  })
}
