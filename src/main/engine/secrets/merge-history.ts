import type { SecretCommit, SecretOccurrence } from '../../../shared/domain/facts/secrets-facts'
import type { HistoryHit } from './scan-history'

/** Same rule and redacted value is the same secret wherever it moved; env and key files match by path. */
function identity(occurrence: Pick<SecretOccurrence, 'ruleId' | 'redacted' | 'path'>): string {
  return occurrence.redacted === null
    ? `${occurrence.ruleId}\0path\0${occurrence.path}`
    : `${occurrence.ruleId}\0${occurrence.redacted}`
}

const isOlder = (commit: SecretCommit, than: SecretCommit): boolean =>
  Date.parse(commit.date) < Date.parse(than.date)

/**
 * The working tree's occurrences with the commit that introduced each, then the history's secrets that
 * are no longer in the code, each once per rule, redacted value and path.
 */
export function mergeHistory(
  current: readonly SecretOccurrence[],
  hits: readonly HistoryHit[],
): SecretOccurrence[] {
  const present = new Set(current.map(identity))
  const introduced = new Map<string, SecretCommit>()
  const historyOnly: SecretOccurrence[] = []
  for (const hit of hits) {
    const key = identity(hit)
    if (!present.has(key)) {
      historyOnly.push({ ...hit, inHistoryOnly: true })
      continue
    }
    const known = introduced.get(key)
    if (known === undefined || isOlder(hit.commit, known)) introduced.set(key, hit.commit)
  }
  historyOnly.sort((a, b) => a.path.localeCompare(b.path) || (a.line ?? 0) - (b.line ?? 0))
  return [
    ...current.map((occurrence) => ({ ...occurrence, commit: introduced.get(identity(occurrence)) ?? null })),
    ...historyOnly,
  ]
}
