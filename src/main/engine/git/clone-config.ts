import { readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { quoteConfigValue, type GitEnvironment } from './git-environment'

/**
 * Persists the hardening into the clone's own `.git/config` (security.md d.4 step 3), so a developer
 * who later runs plain `git` inside the cache gets no hooks, no fsmonitor and no real symlinks either.
 * Written with `fs`, not `git config`: no git process needs to run for it.
 */
const BEGIN = '# >>> Diligent hardening: written by the app on every audit'
const END = '# <<< Diligent hardening'

export function hardeningBlock(environment: Pick<GitEnvironment, 'hooksDir' | 'platform'>): string {
  return [
    BEGIN,
    '[core]',
    `\thooksPath = ${quoteConfigValue(environment.hooksDir)}`,
    '\tfsmonitor = false',
    '\tsymlinks = false',
    '\tprotectNTFS = true',
    '\tprotectHFS = true',
    ...(environment.platform === 'win32' ? ['\tlongpaths = true'] : []),
    '[transfer]',
    '\tfsckObjects = true',
    '[fetch]',
    '\tfsckObjects = true',
    '[submodule]',
    '\trecurse = false',
    END,
    '',
  ].join('\n')
}

/** Replaces any earlier block, so the file does not grow on every re-analysis. */
export async function persistCloneHardening(repoDir: string, environment: GitEnvironment): Promise<void> {
  const path = join(repoDir, '.git', 'config')
  const current = await readFile(path, 'utf8')
  const start = current.indexOf(BEGIN)
  const end = current.indexOf(END)
  const base =
    start !== -1 && end > start
      ? current.slice(0, start) + current.slice(end + END.length).replace(/^\n/, '')
      : current
  const next = `${base}${base.endsWith('\n') || base === '' ? '' : '\n'}${hardeningBlock(environment)}`
  if (next === current) return
  const temporary = `${path}.diligent-${process.pid}.partial`
  await writeFile(temporary, next)
  await rename(temporary, path)
}
