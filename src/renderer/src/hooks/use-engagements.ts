import { useLiveQuery } from 'dexie-react-hooks'
import { appDatabase } from '../db/app-database'
import { getEngagement, listEngagementSummaries, type EngagementSummary } from '../db/queries/engagements'
import type { EngagementRecord } from '../db/records'

/** `undefined` while loading, then the live list: a write anywhere shows here. */
export function useEngagementSummaries(): EngagementSummary[] | undefined {
  return useLiveQuery(() => listEngagementSummaries(appDatabase), [])
}

/** `undefined` while loading, `null` when there is no such engagement. */
export function useEngagement(id: string): EngagementRecord | null | undefined {
  return useLiveQuery(() => getEngagement(appDatabase, id), [id])
}
