import { spawnGit } from './git-command'
import type { GitEnvironment } from './git-environment'

/**
 * The git version floor of security.md d.6. Distributions backport fixes without bumping the version,
 * so an old version is a warning for the auditor, never a refusal.
 */
export type GitVersion = readonly [major: number, minor: number, patch: number]

// Per minor release, the first patch with the 2024 fixes (CVE-2024-32002/32004/32020/32021/32465);
// from 2.45.1 on every release has them.
const FLOOR: Readonly<Record<number, number>> = { 39: 4, 40: 2, 41: 1, 42: 2, 43: 4, 44: 1, 45: 1 }
// The same for the 2025 fixes (CVE-2025-48384/48385); from 2.50.1 on every release has them.
const RECOMMENDED: Readonly<Record<number, number>> = {
  43: 7,
  44: 4,
  45: 4,
  46: 4,
  47: 3,
  48: 2,
  49: 1,
  50: 1,
}

/** Parses `git version 2.39.5`, `git version 2.45.1.windows.1` or `git version 2.39.3 (Apple Git-146)`. */
export function parseGitVersion(output: string): GitVersion | null {
  const match = /git version (\d+)\.(\d+)(?:\.(\d+))?/.exec(output)
  if (!match) return null
  return [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)]
}

function meets(version: GitVersion, table: Readonly<Record<number, number>>, lastMinor: number): boolean {
  const [major, minor, patch] = version
  if (major !== 2) return major > 2
  if (minor > lastMinor) return true
  const patchFloor = table[minor]
  return patchFloor !== undefined && patch >= patchFloor
}

/** null when the version is fine, else a warning that says what to install. */
export function gitVersionWarning(version: GitVersion): string | null {
  const shown = version.join('.')
  if (!meets(version, FLOOR, 45))
    return (
      `git ${shown} lacks the 2024 security fixes for cloning untrusted repositories. ` +
      'Upgrade git to 2.45.1 or newer (2.50.1 or newer recommended) before auditing.'
    )
  if (!meets(version, RECOMMENDED, 50))
    return `git ${shown} predates the July 2025 security fixes (CVE-2025-48384, CVE-2025-48385); git 2.50.1 or newer is recommended.`
  return null
}

/** Runs `git --version`; throws RepoAccessError('git-missing') when git is not on the PATH. */
export async function checkGitVersion(
  environment: GitEnvironment,
  cwd: string,
  signal?: AbortSignal,
): Promise<{ version: string; warning: string | null }> {
  const output = await spawnGit(['--version'], { cwd, env: environment.local, signal })
  const version = parseGitVersion(output)
  if (version === null)
    return { version: output.trim(), warning: `Could not read the git version from "${output.trim()}".` }
  return { version: version.join('.'), warning: gitVersionWarning(version) }
}
