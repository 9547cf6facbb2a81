import type { StateCreator } from 'zustand'

/**
 * The app's mirror of main's online-checks setting, so the header badge, Settings and the
 * dependencies card show the same mode the moment it changes. Main's settings.json is the truth.
 */
export interface OnlineChecksSlice {
  /** Undefined until main has answered. */
  onlineChecks: boolean | undefined
  mirrorOnlineChecks: (enabled: boolean) => void
}

export const createOnlineChecksSlice: StateCreator<OnlineChecksSlice> = (set) => ({
  onlineChecks: undefined,
  mirrorOnlineChecks: (enabled) => set({ onlineChecks: enabled }),
})
