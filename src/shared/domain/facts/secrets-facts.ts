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
}
