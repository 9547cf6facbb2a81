import { createHash } from 'node:crypto'
import type { AuditWarning } from '../../shared/domain/audit-result'
import type { Finding } from '../../shared/domain/finding'
import type { FindingDraft } from './types'

/** A rule that fires more often than this is noise; the rest are counted, not stored. */
export const MAX_FINDINGS_PER_RULE = 500

/** Whitespace and letter case do not make a finding new: re-runs keep the auditor's triage. */
function normaliseSnippet(snippet: string): string {
  return snippet.replace(/\s+/g, ' ').trim().toLowerCase()
}

export function fingerprintOf(draft: FindingDraft): string {
  const path = draft.location?.path ?? ''
  const material = `${draft.ruleId}\0${path}\0${normaliseSnippet(draft.snippet ?? draft.title)}`
  return createHash('sha256').update(material).digest('hex').slice(0, 32)
}

/**
 * Gives every finding its stable fingerprint, drops duplicates, and caps each rule so one noisy
 * rule cannot flood the auditor's database; what was dropped is said in a warning.
 */
export function collectFindings(drafts: readonly FindingDraft[]): {
  findings: Finding[]
  warnings: AuditWarning[]
} {
  const seen = new Set<string>()
  const perRule = new Map<string, number>()
  const findings: Finding[] = []
  for (const draft of drafts) {
    const fingerprint = fingerprintOf(draft)
    if (seen.has(fingerprint)) continue
    seen.add(fingerprint)
    const count = (perRule.get(draft.ruleId) ?? 0) + 1
    perRule.set(draft.ruleId, count)
    if (count > MAX_FINDINGS_PER_RULE) continue
    const { snippet, ...finding } = draft
    findings.push({ ...finding, fingerprint })
  }
  const warnings = [...perRule]
    .filter(([, count]) => count > MAX_FINDINGS_PER_RULE)
    .map(([ruleId, count]) => ({
      analyzerId: ruleId.split('/')[0] ?? null,
      message: `${ruleId}: ${count - MAX_FINDINGS_PER_RULE} more findings beyond the first ${MAX_FINDINGS_PER_RULE} were not stored`,
      path: null,
    }))
  return { findings, warnings }
}
