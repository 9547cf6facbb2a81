import { forStage } from '../../../../shared/checklists/catalog'
import type { Checklist, ChecklistItem } from '../../../../shared/checklists/checklist-schema'
import { scoreItems, type Score } from '../../../../shared/checklists/score'
import type { StageRules } from '../../../../shared/checklists/stage-rules'
import { suggestAnswer, type RepoEvidence, type Suggestion } from '../../../../shared/checklists/suggest'
import type { EngagementStage } from '../../../../shared/domain/engagement'
import type { AnswerRecord } from '../../db/records'
import type { ItemFilter } from '../../stores/ui/slices/checklist-flow'

/** One item as the guided flow shows it: the auditor's answer beside the engine's suggestion. */
export interface ItemView {
  item: ChecklistItem
  sectionId: string
  answer: AnswerRecord | null
  suggestion: Suggestion | null
  /** The auditor decided, and the evidence has changed since (a re-run, a new repository). */
  evidenceChanged: boolean
}

export interface SectionView {
  id: string
  title: string
  items: ItemView[]
  score: Score
}

export interface ChecklistView {
  checklist: Checklist
  sections: SectionView[]
  items: ItemView[]
  score: Score
}

function itemView(
  item: ChecklistItem,
  sectionId: string,
  answers: ReadonlyMap<string, AnswerRecord>,
  repos: readonly RepoEvidence[],
): ItemView {
  const answer = answers.get(item.id) ?? null
  const suggestion = suggestAnswer(item, repos)
  const decided = answer !== null && answer.status !== null
  return {
    item,
    sectionId,
    answer,
    suggestion,
    evidenceChanged: decided && (suggestion?.key ?? null) !== answer.evidenceKey,
  }
}

const scored = (items: readonly ItemView[], rules: StageRules) =>
  scoreItems(
    items.map((view) => ({ item: view.item, status: view.answer?.status ?? null })),
    rules,
  )

/** Everything the checklist pages show, for one engagement's stage: pure, so it is tested without a UI. */
export function buildChecklistView(
  checklist: Checklist,
  stage: EngagementStage,
  rules: StageRules,
  answers: ReadonlyMap<string, AnswerRecord>,
  repos: readonly RepoEvidence[],
): ChecklistView {
  const applicable = forStage(checklist, stage)
  const sections = applicable.sections.map((section) => {
    const items = section.items.map((item) => itemView(item, section.id, answers, repos))
    return { id: section.id, title: section.title, items, score: scored(items, rules) }
  })
  const items = sections.flatMap((section) => section.items)
  return { checklist: applicable, sections, items, score: scored(items, rules) }
}

/** The engagement's overall score: every applicable item of every checklist. */
export function engagementScore(views: readonly ChecklistView[], rules: StageRules): Score {
  return scored(
    views.flatMap((view) => view.items),
    rules,
  )
}

export function matchesFilter(view: ItemView, filter: ItemFilter): boolean {
  const status = view.answer?.status ?? null
  if (filter === 'unanswered') return status === null
  if (filter === 'failed') return status === 'no' || status === 'partly'
  if (filter === 'suggested') return view.suggestion !== null && (status === null || view.evidenceChanged)
  return true
}
