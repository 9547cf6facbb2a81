import type { StateCreator } from 'zustand'

/** Which engagement form is open, if any. The engagement itself lives in Dexie, never here. */
export type EngagementEditor = { mode: 'create' } | { mode: 'edit'; engagementId: string } | null

export interface EngagementEditorSlice {
  engagementEditor: EngagementEditor
  openEngagementCreator: () => void
  openEngagementEditor: (engagementId: string) => void
  closeEngagementEditor: () => void
}

export const createEngagementEditorSlice: StateCreator<EngagementEditorSlice> = (set) => ({
  engagementEditor: null,
  openEngagementCreator: () => set({ engagementEditor: { mode: 'create' } }),
  openEngagementEditor: (engagementId) => set({ engagementEditor: { mode: 'edit', engagementId } }),
  closeEngagementEditor: () => set({ engagementEditor: null }),
})
