import { create } from 'zustand'
import { createChecklistFlowSlice, type ChecklistFlowSlice } from './slices/checklist-flow'
import { createEngagementEditorSlice, type EngagementEditorSlice } from './slices/engagement-editor'
import { createEngagementListSlice, type EngagementListSlice } from './slices/engagement-list'
import { createOnlineChecksSlice, type OnlineChecksSlice } from './slices/online-checks'
import { createRunningAuditsSlice, type RunningAuditsSlice } from './slices/running-audits'

/** Transient UI state only: selections, filters, open dialogs. Auditor data belongs in Dexie. */
export type UiStore = EngagementListSlice &
  EngagementEditorSlice &
  RunningAuditsSlice &
  ChecklistFlowSlice &
  OnlineChecksSlice

export const useUiStore = create<UiStore>()((...args) => ({
  ...createEngagementListSlice(...args),
  ...createEngagementEditorSlice(...args),
  ...createRunningAuditsSlice(...args),
  ...createChecklistFlowSlice(...args),
  ...createOnlineChecksSlice(...args),
}))
