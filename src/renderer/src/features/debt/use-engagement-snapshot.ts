import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import {
  DEFAULT_COST_ASSUMPTIONS,
  type AuditSnapshot,
  type CostAssumptions,
} from '../../../../shared/report/audit-snapshot'
import { assembleSnapshot } from '../../../../shared/report/assemble-snapshot'
import { appDatabase } from '../../db/app-database'
import { storedSnapshotInput } from '../../db/queries/snapshot-input'
import type { EngagementRecord } from '../../db/records'
import { useAnswers } from '../../hooks/use-checklists'
import { CHECKLIST_CATALOG, STAGE_RULES } from '../checklists/checklist-catalog'

export interface SnapshotOptions {
  auditor: string | null
  executiveSummary: string | null
  costAssumptions: CostAssumptions
}

const DEFAULT_OPTIONS: SnapshotOptions = {
  auditor: null,
  executiveSummary: null,
  costAssumptions: DEFAULT_COST_ASSUMPTIONS,
}

/** The engagement as every export and the debt inventory see it, live from Dexie; `undefined` while loading. */
export function useEngagementSnapshot(
  engagement: EngagementRecord,
  options: SnapshotOptions = DEFAULT_OPTIONS,
): AuditSnapshot | undefined {
  const stored = useLiveQuery(() => storedSnapshotInput(appDatabase, engagement.id), [engagement.id])
  const answers = useAnswers(engagement.id)
  return useMemo(() => {
    if (stored === undefined || answers === undefined) return undefined
    return assembleSnapshot({
      generatedBy: 'app',
      generatedAt: new Date().toISOString(),
      engagement: {
        name: engagement.name,
        stage: engagement.stage,
        startDate: engagement.startDate,
        endDate: engagement.endDate,
        notes: engagement.notes,
      },
      auditor: options.auditor,
      repos: stored.repos,
      triage: stored.triage,
      answers: new Map(
        [...answers].map(([itemId, answer]) => [itemId, { status: answer.status, notes: answer.notes }]),
      ),
      checklists: CHECKLIST_CATALOG.checklists,
      rules: STAGE_RULES[engagement.stage],
      executiveSummary: options.executiveSummary,
      costAssumptions: options.costAssumptions,
    })
  }, [stored, answers, engagement, options])
}
