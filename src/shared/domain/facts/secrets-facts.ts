import type { Severity } from '../finding'

/** What the `secrets` analyzer found in the tracked files; every value is already redacted. */

export interface SecretOccurrence {
  path: string
  line: number | null
  /** `secrets/<rule>`, `secrets/env-file` or `secrets/key-file`. */
  ruleId: string
  severity: Severity
  /** A short prefix and a keyed hash, never the secret; null for env and key files. */
  redacted: string | null
  /** Why the severity was lowered (a test, fixture, example or docs path), or null. */
  loweredBecause: string | null
  /** The commit that first added the secret, when the history was scanned; null when none matched. */
  commit?: SecretCommit | null
  /** Found only in the history: removed from the code, still in every clone, so it must be rotated. */
  inHistoryOnly?: boolean
}

export interface SecretCommit {
  sha: string
  /** The author's name as committed. */
  author: string
  /** ISO 8601, as git wrote the author date. */
  date: string
}

/** How much of the history the scan read; absent when the repository has no commits. */
export interface SecretsHistoryScan {
  commitsScanned: number
  /** Added lines read (lines of vendored, binary and oversized diffs are not counted). */
  linesScanned: number
  truncated: boolean
  /** Why some history findings are missing (the cap on kept occurrences, a failed read), or null. */
  truncatedBecause: string | null
}

export interface SkippedSecretScan {
  path: string
  reason: string
}

export interface SecretsFacts {
  rules: number
  filesScanned: number
  /** Files that contained a rule's keyword, so regexes ran on them; the rest were cleared by the pre-filter. */
  filesRegexScanned: number
  skipped: SkippedSecretScan[]
  occurrences: SecretOccurrence[]
  countsByRule: Record<string, number>
  countsBySeverity: Record<Severity, number>
  history?: SecretsHistoryScan
}
