import type { StateCreator } from 'zustand'
import type { EngagementStage } from '../../../../../shared/domain/engagement'

export const ENGAGEMENT_SORTS = ['updated', 'name', 'created'] as const
export type EngagementSort = (typeof ENGAGEMENT_SORTS)[number]

export interface EngagementListFilters {
  search: string
  stage: EngagementStage | 'all'
  sort: EngagementSort
}

export interface EngagementListSlice {
  engagementFilters: EngagementListFilters
  setEngagementSearch: (search: string) => void
  setEngagementStageFilter: (stage: EngagementListFilters['stage']) => void
  setEngagementSort: (sort: EngagementSort) => void
  resetEngagementFilters: () => void
}

export const INITIAL_ENGAGEMENT_FILTERS: EngagementListFilters = { search: '', stage: 'all', sort: 'updated' }

export const createEngagementListSlice: StateCreator<EngagementListSlice> = (set) => ({
  engagementFilters: INITIAL_ENGAGEMENT_FILTERS,
  setEngagementSearch: (search) =>
    set((state) => ({ engagementFilters: { ...state.engagementFilters, search } })),
  setEngagementStageFilter: (stage) =>
    set((state) => ({ engagementFilters: { ...state.engagementFilters, stage } })),
  setEngagementSort: (sort) => set((state) => ({ engagementFilters: { ...state.engagementFilters, sort } })),
  resetEngagementFilters: () => set({ engagementFilters: INITIAL_ENGAGEMENT_FILTERS }),
})
