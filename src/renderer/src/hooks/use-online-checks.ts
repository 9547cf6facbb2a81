import { notifications } from '@mantine/notifications'
import { useCallback, useEffect, useState } from 'react'
import { callMain } from '../api/diligent'
import { useUiStore } from '../stores/ui/store'

export interface OnlineChecks {
  /** Undefined until main has answered; off when it cannot say, the safe side. */
  enabled: boolean | undefined
  saving: boolean
  setEnabled(enabled: boolean): Promise<void>
}

/** The auditor's opt-in to npm registry lookups, which main owns and keeps in settings.json. */
export function useOnlineChecks(): OnlineChecks {
  const enabled = useUiStore((state) => state.onlineChecks)
  const setEnabledState = useUiStore((state) => state.mirrorOnlineChecks)
  const [saving, setSaving] = useState(false)
  useEffect(() => {
    if (enabled !== undefined) return
    callMain('settings:get', {}).then(
      ({ settings }) => setEnabledState(settings.onlineChecks),
      () => setEnabledState(false),
    )
  }, [enabled, setEnabledState])

  const setEnabled = useCallback(
    async (next: boolean): Promise<void> => {
      setSaving(true)
      try {
        const { settings } = await callMain('settings:set-online-checks', { enabled: next })
        setEnabledState(settings.onlineChecks)
      } catch (error) {
        notifications.show({
          color: 'red',
          title: 'Setting not saved',
          message: error instanceof Error ? error.message : String(error),
        })
      } finally {
        setSaving(false)
      }
    },
    [setEnabledState],
  )

  return { enabled, saving, setEnabled }
}
