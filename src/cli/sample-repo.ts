import { DAY_MS } from '../shared/time'
import { execFileSync } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { z } from 'zod'

/** The bundled sample repository's data folder (resources/sample-repo). */
export const SAMPLE_REPO_DIR = resolve(import.meta.dirname, '../../resources/sample-repo')

const HistorySchema = z.object({
  commits: z.array(
    z.object({
      author: z.object({ name: z.string(), email: z.string() }),
      date: z.iso.datetime(),
      message: z.string(),
      /** Path → fraction of the final file's lines this commit leaves in place. */
      write: z.record(z.string(), z.number().gt(0).lte(1)),
    }),
  ),
})

function firstFractionOf(content: string, fraction: number): string {
  const lines = content.split('\n')
  return lines.slice(0, Math.max(1, Math.round(lines.length * fraction))).join('\n')
}

/** By default the sample's last commit lands this long before the build, so "who is still active" reads true. */
const DEFAULT_QUIET_DAYS = 14

export interface SampleRepoOptions {
  /** Every scripted date is shifted by the same amount so that the last commit falls here. */
  lastCommitAt?: Date
}

/**
 * Builds the sample repository's scripted history into a fresh git repository at `targetDir`.
 * Only our own bundled data is committed here, with a clean environment and no user config.
 */
export async function buildSampleRepo(targetDir: string, options: SampleRepoOptions = {}): Promise<string> {
  const history = HistorySchema.parse(
    JSON.parse(await readFile(join(SAMPLE_REPO_DIR, 'history.json'), 'utf8')),
  )
  const lastCommitAt = options.lastCommitAt ?? new Date(Date.now() - DEFAULT_QUIET_DAYS * DAY_MS)
  const scriptedLast = Date.parse(history.commits.at(-1)?.date ?? lastCommitAt.toISOString())
  const shift = lastCommitAt.getTime() - scriptedLast
  const shifted = (date: string): string => new Date(Date.parse(date) + shift).toISOString()
  await mkdir(targetDir, { recursive: true })
  const git = (args: string[], env: Record<string, string> = {}): void => {
    execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', ...args], {
      cwd: targetDir,
      stdio: 'ignore',
      env: { PATH: process.env['PATH'] ?? '', HOME: targetDir, GIT_CONFIG_NOSYSTEM: '1', ...env },
    })
  }
  git(['init', '--quiet', '--initial-branch=main'])
  for (const commit of history.commits) {
    for (const [path, fraction] of Object.entries(commit.write)) {
      const finalContent = await readFile(join(SAMPLE_REPO_DIR, 'files', path), 'utf8')
      await mkdir(dirname(join(targetDir, path)), { recursive: true })
      await writeFile(join(targetDir, path), firstFractionOf(finalContent, fraction))
    }
    git(['add', '--all'])
    git(['commit', '--quiet', '-m', commit.message], {
      GIT_AUTHOR_NAME: commit.author.name,
      GIT_AUTHOR_EMAIL: commit.author.email,
      GIT_AUTHOR_DATE: shifted(commit.date),
      GIT_COMMITTER_NAME: commit.author.name,
      GIT_COMMITTER_EMAIL: commit.author.email,
      GIT_COMMITTER_DATE: shifted(commit.date),
    })
  }
  return targetDir
}
