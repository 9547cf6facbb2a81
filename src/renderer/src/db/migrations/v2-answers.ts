import type { Transaction } from 'dexie'

/**
 * v1 → v2: answers gain what the guided checklists need. Every v1 answer was a decision, so it keeps
 * its status and is recorded as the auditor's, made when v1 said; nothing is dropped.
 */
export async function upgradeAnswersToV2(transaction: Transaction): Promise<void> {
  await transaction
    .table('answers')
    .toCollection()
    .modify((answer: Record<string, unknown>) => {
      const decidedAt = typeof answer['decidedAt'] === 'string' ? answer['decidedAt'] : null
      answer['status'] ??= null
      answer['notes'] ??= ''
      answer['linkedFindingFingerprints'] ??= []
      answer['decidedBy'] ??= answer['status'] === null ? null : 'auditor'
      answer['decidedAt'] = decidedAt
      answer['fromSuggestion'] ??= false
      answer['evidenceKey'] ??= null
      answer['updatedAt'] ??= decidedAt ?? new Date(0).toISOString()
    })
}
