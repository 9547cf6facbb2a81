import type { StateCreator } from 'zustand'

/** "failed": answered no or partly; "suggested": the engine has a view the auditor has not confirmed. */
export const ITEM_FILTERS = ['all', 'unanswered', 'failed', 'suggested'] as const
export type ItemFilter = (typeof ITEM_FILTERS)[number]

export interface ChecklistFlowSlice {
  checklistFilter: ItemFilter
  setChecklistFilter: (filter: ItemFilter) => void
}

export const createChecklistFlowSlice: StateCreator<ChecklistFlowSlice> = (set) => ({
  checklistFilter: 'all',
  setChecklistFilter: (checklistFilter) => set({ checklistFilter }),
})
