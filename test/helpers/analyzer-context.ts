import { randomBytes } from 'node:crypto'
import { lstat, readdir, readFile } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import type { AuditWarning } from '../../src/shared/domain/audit-result'
import { createSourceScanner } from '../../src/main/engine/code/source-scanner'
import type { AnalyzerContext, RepoCaps, RepoFile } from '../../src/main/engine/types'

const TEST_CAPS: RepoCaps = {
  maxFiles: 100_000,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxPathLength: 4096,
  maxFileBytes: 10 * 1024 * 1024,
}

export interface FolderContextOptions {
  caps?: Partial<RepoCaps>
  signal?: AbortSignal
  /** Replaces the files found by walking the folder (to add a submodule entry, say). */
  files?: RepoFile[]
  readFile?: AnalyzerContext['readFile']
  vulnerabilityDatabaseDir?: string | null
  redactionKey?: Uint8Array
}

export interface FolderContext {
  context: AnalyzerContext
  warnings: Omit<AuditWarning, 'analyzerId'>[]
  progress: { done: number; total: number | null; message: string }[]
}

function modeOf(stats: { isSymbolicLink(): boolean; mode: number }): string {
  if (stats.isSymbolicLink()) return '120000'
  return stats.mode & 0o111 ? '100755' : '100644'
}

/** The folder's files as `git ls-tree` would list them: relative POSIX paths, sizes, modes; .git skipped. */
export async function listFolder(root: string): Promise<RepoFile[]> {
  const files: RepoFile[] = []
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      if (entry.name === '.git') continue
      const path = join(folder, entry.name)
      if (entry.isDirectory()) {
        await walk(path)
        continue
      }
      const stats = await lstat(path)
      files.push({ path: relative(root, path).split(sep).join('/'), bytes: stats.size, mode: modeOf(stats) })
    }
  }
  await walk(root)
  return files.sort((left, right) => (left.path < right.path ? -1 : 1))
}

/** Reads regular files inside `root` up to `maxFileBytes`; anything else is null, as the engine's reader. */
function folderReader(root: string, maxFileBytes: number): AnalyzerContext['readFile'] {
  const base = resolve(root)
  return async (path) => {
    const full = resolve(base, path)
    if (!full.startsWith(base + sep)) return null
    const stats = await lstat(full).catch(() => null)
    if (stats === null || !stats.isFile() || stats.size > maxFileBytes) return null
    return readFile(full)
  }
}

/** An AnalyzerContext over a plain folder: no git, warnings and progress collected for assertions. */
export async function folderContext(
  root: string,
  options: FolderContextOptions = {},
): Promise<FolderContext> {
  const caps = { ...TEST_CAPS, ...options.caps }
  const warnings: FolderContext['warnings'] = []
  const progress: FolderContext['progress'] = []
  const signal = options.signal ?? new AbortController().signal
  const notAvailable = (): never => {
    throw new Error('git is not available in this test context')
  }
  const context: AnalyzerContext = {
    repoDir: root,
    commitSha: null,
    commitDate: null,
    now: new Date('2026-01-15T00:00:00Z'),
    vulnerabilityDatabaseDir: options.vulnerabilityDatabaseDir ?? null,
    redactionKey: options.redactionKey ?? randomBytes(32),
    files: options.files ?? (await listFolder(root)),
    caps,
    git: {
      run: async () => notAvailable(),
      stream: () => notAvailable(),
    },
    readFile: options.readFile ?? folderReader(root, caps.maxFileBytes),
    sourceScan: createSourceScanner({ repoDir: root, maxFileBytes: caps.maxFileBytes, signal }),
    facts: {},
    progress: (update) => progress.push(update),
    warn: (message, path) => warnings.push({ message, path: path ?? null }),
    signal,
  }
  return { context, warnings, progress }
}
