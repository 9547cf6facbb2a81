import { useEffect } from 'react'
import { onMainEvent } from '../../api/diligent'
import { useUiStore } from '../../stores/ui/store'
import { recordOutcome } from './audit-actions'

/** Listens to main's job events for the whole app, so a result is stored whichever page is open. */
export function AuditJobEvents(): null {
  useEffect(() => {
    const stopProgress = onMainEvent('job:progress', (progress) =>
      useUiStore.getState().updateAuditProgress(progress),
    )
    const stopFinished = onMainEvent('job:finished', (finished) => void recordOutcome(finished))
    return () => {
      stopProgress()
      stopFinished()
    }
  }, [])
  return null
}
