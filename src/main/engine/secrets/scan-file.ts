import type { SecretOccurrence } from '../../../shared/domain/facts/secrets-facts'
import type { Severity } from '../../../shared/domain/finding'
import { classifyContent, classifyTreeEntry } from '../inventory/classify-file'
import type { AnalyzerContext, RepoFile } from '../types'
import { severityFor } from '../files/path-policy'
import { redact } from './redact'
import type { CompiledSecretRule } from './rule-pack'
import { candidateRules, findSecrets } from './scan-text'
import { isEnvFile, isKeyFile } from './sensitive-files'

/** Larger files are listed as skipped: secrets live in config and code, not in multi-megabyte data. */
export const MAX_SCANNED_FILE_BYTES = 2 * 1024 * 1024
export const SENSITIVE_FILE_SEVERITY: Severity = 'high'

export interface FileScan {
  occurrences: SecretOccurrence[]
  /** Why the content was not scanned, or null when it was. */
  skippedBecause: string | null
  /** Whether a rule's keyword was in the file, so regexes ran on it. */
  regexScanned: boolean
}

type ScanContext = Pick<AnalyzerContext, 'readFile' | 'redactionKey'>

function fileOccurrence(path: string, ruleId: string): SecretOccurrence {
  return { path, line: null, ruleId, redacted: null, ...severityFor(SENSITIVE_FILE_SEVERITY, path) }
}

/** Why a file's content is not scanned, decided from its tree entry (content is checked once read). */
export function skipReason(file: RepoFile): string | null {
  const exclusion = classifyTreeEntry(file, MAX_SCANNED_FILE_BYTES)
  // Generated files and build output are scanned: bundles and lockfiles carry keys too.
  return exclusion === null || exclusion.kind === 'generated' ? null : exclusion.reason
}

/** Scans one tracked file: env and key files by path, then the content rule by rule. */
export async function scanFile(
  file: RepoFile,
  rules: readonly CompiledSecretRule[],
  context: ScanContext,
): Promise<FileScan> {
  const occurrences: SecretOccurrence[] = []
  if (isEnvFile(file.path)) occurrences.push(fileOccurrence(file.path, 'secrets/env-file'))
  const skip = (reason: string): FileScan => {
    if (isKeyFile(file.path, null)) occurrences.push(fileOccurrence(file.path, 'secrets/key-file'))
    return { occurrences, skippedBecause: reason, regexScanned: false }
  }

  const byTreeEntry = skipReason(file)
  if (byTreeEntry !== null) return skip(byTreeEntry)
  const content = await context.readFile(file.path)
  if (content === null) return skip('the reader refused it')
  const byContent = classifyContent(content)
  if (byContent?.kind === 'binary') return skip(byContent.reason)

  const text = content.toString('utf8')
  if (isKeyFile(file.path, text)) occurrences.push(fileOccurrence(file.path, 'secrets/key-file'))
  const candidates = candidateRules(text.toLowerCase(), rules)
  for (const match of findSecrets(text, candidates)) {
    occurrences.push({
      path: file.path,
      line: match.line,
      ruleId: `secrets/${match.rule.id}`,
      redacted: redact(match.secret, context.redactionKey),
      ...severityFor(match.rule.severity, file.path),
    })
  }
  return { occurrences, skippedBecause: null, regexScanned: candidates.length > 0 }
}
