import { randomBytes } from 'node:crypto'
import { createRepoFileReader } from '../../src/main/engine/git/repo-files'
import { prepareRepository } from '../../src/main/engine/git/safe-clone'
import { DEFAULT_CAPS } from '../../src/main/engine/git/tree-caps'
import type { AnalyzerContext } from '../../src/main/engine/types'

/**
 * Prepares the clone as the engine does (untimed) and an analyzer context over it, with no facts
 * yet, progress and warnings dropped, and no parse pass: each measurement runs the part it times.
 */
export async function benchContext(source: string, cacheDir: string): Promise<AnalyzerContext> {
  const signal = new AbortController().signal
  const repository = await prepareRepository(
    { source, sourceKind: 'local' },
    { cacheDir, caps: DEFAULT_CAPS, signal },
  )
  return {
    repoDir: repository.repoDir,
    commitSha: repository.commitSha,
    commitDate: repository.commitDate,
    now: new Date(),
    vulnerabilityDatabaseDir: null,
    redactionKey: randomBytes(32),
    files: repository.files,
    caps: DEFAULT_CAPS,
    git: repository.git,
    readFile: createRepoFileReader(repository.repoDir, DEFAULT_CAPS.maxFileBytes),
    sourceScan: () => Promise.reject(new Error('the bench times the parse pass on its own')),
    facts: {},
    progress: () => undefined,
    warn: () => undefined,
    signal,
  }
}
