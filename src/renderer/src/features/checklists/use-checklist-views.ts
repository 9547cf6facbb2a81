import { useMemo } from 'react'
import type { Score } from '../../../../shared/checklists/score'
import type { StageRules } from '../../../../shared/checklists/stage-rules'
import type { EngagementRecord, FindingRecord } from '../../db/records'
import { useAnswers, useEngagementEvidence } from '../../hooks/use-checklists'
import { CHECKLIST_CATALOG, STAGE_RULES } from './checklist-catalog'
import { buildChecklistView, engagementScore, type ChecklistView } from './checklist-view'

export interface EngagementChecklists {
  views: ChecklistView[]
  overall: Score
  rules: StageRules
  findings: FindingRecord[]
  /** Problems in the bundled checklist files, for the auditor to see rather than a silent gap. */
  problems: string[]
}

/** The engagement's checklists at its stage, with answers, suggestions and scores; `undefined` while loading. */
export function useChecklistViews(engagement: EngagementRecord): EngagementChecklists | undefined {
  const answers = useAnswers(engagement.id)
  const evidence = useEngagementEvidence(engagement.id)
  return useMemo(() => {
    if (answers === undefined || evidence === undefined) return undefined
    const rules = STAGE_RULES[engagement.stage]
    const views = CHECKLIST_CATALOG.checklists
      .map((checklist) => buildChecklistView(checklist, engagement.stage, rules, answers, evidence.repos))
      .filter((view) => view.items.length > 0)
    return {
      views,
      overall: engagementScore(views, rules),
      rules,
      findings: evidence.findings,
      problems: CHECKLIST_CATALOG.problems,
    }
  }, [answers, evidence, engagement.stage])
}
