import { useLiveQuery } from 'dexie-react-hooks'
import { appDatabase } from '../db/app-database'
import { answersByItem, engagementEvidence, type EngagementEvidence } from '../db/queries/checklists'
import type { AnswerRecord } from '../db/records'

/** The engagement's answers by item id; `undefined` while loading. */
export function useAnswers(engagementId: string): Map<string, AnswerRecord> | undefined {
  return useLiveQuery(() => answersByItem(appDatabase, engagementId), [engagementId])
}

/** Every repository's latest successful run, as checklist evidence; `undefined` while loading. */
export function useEngagementEvidence(engagementId: string): EngagementEvidence | undefined {
  return useLiveQuery(() => engagementEvidence(appDatabase, engagementId), [engagementId])
}
