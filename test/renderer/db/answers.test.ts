import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  ANSWER_NOTES_MAX,
  decideAnswer,
  linkFindings,
  saveAnswerNotes,
  type AnswerKey,
} from '../../../src/renderer/src/db/commands/answers'
import type { DiligentDatabase } from '../../../src/renderer/src/db/database'
import { answersByItem } from '../../../src/renderer/src/db/queries/checklists'
import { freshDatabase } from '../../helpers/fresh-database'

const KEY: AnswerKey = { engagementId: 'e1', checklistId: 'security', itemId: 'security.auth.mfa' }
let db: DiligentDatabase

beforeEach(async () => {
  db = freshDatabase()
  await db.open()
})
afterEach(() => db.delete())

describe('answers', () => {
  it('keep notes typed before any decision, then record the decision as the auditor’s', async () => {
    await saveAnswerNotes(db, KEY, 'Asked the CTO; Google Workspace enforces it.')
    expect((await answersByItem(db, 'e1')).get(KEY.itemId)).toMatchObject({
      id: 'e1:security.auth.mfa',
      status: null,
      decidedBy: null,
      notes: 'Asked the CTO; Google Workspace enforces it.',
    })

    await decideAnswer(db, KEY, { status: 'partly', fromSuggestion: true, evidenceKey: 'abcd1234' })
    const decided = (await answersByItem(db, 'e1')).get(KEY.itemId)
    expect(decided).toMatchObject({
      status: 'partly',
      decidedBy: 'auditor',
      fromSuggestion: true,
      evidenceKey: 'abcd1234',
      notes: 'Asked the CTO; Google Workspace enforces it.',
    })
    expect(Date.parse(decided?.decidedAt ?? '')).not.toBeNaN()
    expect(await db.answers.count()).toBe(1)
  })

  it('clear back to unanswered without losing notes or links', async () => {
    await decideAnswer(db, KEY, { status: 'no', fromSuggestion: false, evidenceKey: null })
    await linkFindings(db, KEY, ['fp1', 'fp2', 'fp1'])
    await saveAnswerNotes(db, KEY, 'kept')
    await decideAnswer(db, KEY, { status: null, fromSuggestion: false, evidenceKey: null })
    expect(await db.answers.get('e1:security.auth.mfa')).toMatchObject({
      status: null,
      decidedBy: null,
      decidedAt: null,
      notes: 'kept',
      linkedFindingFingerprints: ['fp1', 'fp2'],
    })
  })

  it('update an answer an older version stored under its own id, instead of adding a second', async () => {
    await db.answers.add({
      id: 'v1-answer',
      ...KEY,
      status: 'yes',
      notes: '',
      linkedFindingFingerprints: [],
      decidedBy: 'auditor',
      decidedAt: null,
      fromSuggestion: false,
      evidenceKey: null,
      updatedAt: new Date(0).toISOString(),
    })
    await decideAnswer(db, KEY, { status: 'no', fromSuggestion: false, evidenceKey: null })
    expect(await db.answers.toArray()).toEqual([expect.objectContaining({ id: 'v1-answer', status: 'no' })])
  })

  it('refuse an unknown status and over-long notes, changing nothing', async () => {
    await expect(
      decideAnswer(db, KEY, { status: 'maybe' as never, fromSuggestion: false, evidenceKey: null }),
    ).rejects.toThrow()
    await expect(saveAnswerNotes(db, KEY, 'x'.repeat(ANSWER_NOTES_MAX + 1))).rejects.toThrow(
      /limited to 20000/,
    )
    expect(await db.answers.count()).toBe(0)
  })
})
