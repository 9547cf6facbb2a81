import { z } from 'zod'
import { AnswerStatusSchema, type AnswerStatus } from '../../../../shared/domain/checklist-answer'
import type { DiligentDatabase } from '../database'
import type { AnswerRecord } from '../records'

export const ANSWER_NOTES_MAX = 20_000

/** Which item of which engagement an answer is for. */
export interface AnswerKey {
  engagementId: string
  checklistId: string
  itemId: string
}

export const answerId = (key: AnswerKey): string => `${key.engagementId}:${key.itemId}`

/** Reads the item's answer (whatever id an older version gave it) and writes the change, in one transaction. */
async function upsertAnswer(
  db: DiligentDatabase,
  key: AnswerKey,
  change: (answer: AnswerRecord) => Partial<AnswerRecord>,
): Promise<void> {
  await db.transaction('rw', db.answers, async () => {
    const existing = await db.answers
      .where('[engagementId+itemId]')
      .equals([key.engagementId, key.itemId])
      .first()
    const answer: AnswerRecord = existing ?? {
      id: answerId(key),
      ...key,
      status: null,
      notes: '',
      linkedFindingFingerprints: [],
      decidedBy: null,
      decidedAt: null,
      fromSuggestion: false,
      evidenceKey: null,
      updatedAt: new Date().toISOString(),
    }
    await db.answers.put({ ...answer, ...change(answer), updatedAt: new Date().toISOString() })
  })
}

export interface Decision {
  /** Null clears the answer back to "unanswered"; notes and links stay. */
  status: AnswerStatus | null
  /** The auditor took the engine's suggestion as it stood. */
  fromSuggestion: boolean
  /** The suggestion's evidence key at that moment (null without a suggestion). */
  evidenceKey: string | null
}

/** The auditor's decision on an item: always recorded as theirs, with the time. */
export async function decideAnswer(db: DiligentDatabase, key: AnswerKey, decision: Decision): Promise<void> {
  const status = AnswerStatusSchema.nullable().parse(decision.status)
  const now = new Date().toISOString()
  await upsertAnswer(db, key, () =>
    status === null
      ? { status: null, decidedBy: null, decidedAt: null, fromSuggestion: false, evidenceKey: null }
      : {
          status,
          decidedBy: 'auditor',
          decidedAt: now,
          fromSuggestion: decision.fromSuggestion,
          evidenceKey: decision.evidenceKey,
        },
  )
}

export async function saveAnswerNotes(db: DiligentDatabase, key: AnswerKey, notes: string): Promise<void> {
  const valid = z
    .string()
    .max(ANSWER_NOTES_MAX, `Notes are limited to ${ANSWER_NOTES_MAX} characters`)
    .parse(notes)
  await upsertAnswer(db, key, () => ({ notes: valid }))
}

export async function linkFindings(
  db: DiligentDatabase,
  key: AnswerKey,
  fingerprints: readonly string[],
): Promise<void> {
  await upsertAnswer(db, key, () => ({ linkedFindingFingerprints: [...new Set(fingerprints)] }))
}
