import type { AuditFacts, Metric } from '../../shared/domain/audit-result'
import type { Finding } from '../../shared/domain/finding'
import type { SourceScanner } from './code/parsed-source'

/** The repository to audit: an https/ssh URL, or a local folder the auditor picked. */
export interface AuditSpec {
  source: string
  sourceKind: 'url' | 'local'
}

/** Limits checked with `git ls-tree` before anything is checked out. */
export interface RepoCaps {
  maxFiles: number
  maxTotalBytes: number
  maxPathLength: number
  /** Files above this size are listed but never read. */
  maxFileBytes: number
}

export interface AuditOptions {
  /** The app-owned folder clones live in; the auditor's own folders are never analysed in place. */
  cacheDir: string
  caps?: Partial<RepoCaps>
  /** The clock "days since the last commit" and "active in the last 90 days" are measured against; defaults to now. Tests fix it. */
  now?: Date
  /** Where the auditor's imported OSV database lives; without one, dependencies are reported unchecked. */
  vulnerabilityDatabaseDir?: string | null
  /**
   * The per-install key secrets are redacted with (HMAC), so the same secret gets the same tag across
   * audits. A Uint8Array because a Buffer arrives as one after the process boundary's structured clone.
   * Without one, the run uses a random key: tags cannot be compared across runs, which is safe.
   */
  redactionKey?: Uint8Array
  /**
   * Runs only these analyzers (each with the ones it needs listed too); all when absent. The benchmark
   * uses it to time the code analyses apart from the secrets scan.
   */
  analyzers?: readonly (keyof AuditFacts)[]
}

export interface EngineProgress {
  phase: 'clone' | 'scan' | 'analyze'
  analyzerId: string | null
  done: number
  total: number | null
  message: string
}

export interface AuditHooks {
  onProgress?: (progress: EngineProgress) => void
  signal?: AbortSignal
}

/** One tracked file at the analysed commit, as `git ls-tree -r -z --long` lists it. */
export interface RepoFile {
  path: string
  bytes: number
  /** Git's file mode: 100644, 100755, 120000 (symlink), 160000 (submodule). */
  mode: string
}

/** Read-only git access to the clone, always under the app's sterile config. */
export interface GitReader {
  /** Runs a short read-only command and returns its stdout. */
  run(args: readonly string[]): Promise<string>
  /** Streams a long command's stdout record by record, without buffering it all (simple-git would). */
  stream(args: readonly string[], options?: { separator?: string }): AsyncIterable<string>
}

/** A finding before the collector gives it a fingerprint; `snippet` is what the fingerprint normalises. */
export type FindingDraft = Omit<Finding, 'fingerprint'> & { snippet?: string }

export interface AnalyzerContext {
  repoDir: string
  commitSha: string | null
  /** When the analysed commit was made; null for a repository with no commits. */
  commitDate: Date | null
  now: Date
  /** The imported OSV database's folder, or null when none was imported. */
  vulnerabilityDatabaseDir: string | null
  /** The HMAC key for redacting secrets; never written anywhere by the engine. */
  redactionKey: Uint8Array
  files: readonly RepoFile[]
  caps: RepoCaps
  git: GitReader
  /** Reads a tracked file safely: regular files inside the clone only, never past the size cap; null otherwise. */
  readFile(path: string): Promise<Buffer | null>
  /** The run's one parse of its JavaScript and TypeScript, started by the first analyzer that asks. */
  sourceScan: SourceScanner
  /** Facts of the analyzers this one `needs`. */
  facts: Readonly<AuditFacts>
  progress(update: { done: number; total: number | null; message: string }): void
  warn(message: string, path?: string): void
  signal: AbortSignal
}

export interface AnalyzerOutput<Facts> {
  metrics: Metric[]
  findings: FindingDraft[]
  facts: Facts
}

export interface Analyzer<Id extends keyof AuditFacts = keyof AuditFacts> {
  id: Id
  title: string
  /** Bumped when the output changes, so stored results can be told apart. */
  version: number
  needs: readonly (keyof AuditFacts)[]
  /** Reads the run's parse of the code (`sourceScan`): the engine then starts the parse worker early. */
  parsesCode?: true
  run(context: AnalyzerContext): Promise<AnalyzerOutput<NonNullable<AuditFacts[Id]>>>
}
