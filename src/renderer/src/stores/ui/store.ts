import { create } from 'zustand'
import { createEngagementEditorSlice, type EngagementEditorSlice } from './slices/engagement-editor'
import { createEngagementListSlice, type EngagementListSlice } from './slices/engagement-list'

/** Transient UI state only: selections, filters, open dialogs. Auditor data belongs in Dexie. */
export type UiStore = EngagementListSlice & EngagementEditorSlice

export const useUiStore = create<UiStore>()((...args) => ({
  ...createEngagementListSlice(...args),
  ...createEngagementEditorSlice(...args),
}))
