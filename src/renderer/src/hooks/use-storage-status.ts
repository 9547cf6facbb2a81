import { useEffect, useState } from 'react'

export interface StorageStatus {
  persisted: boolean | null
  usageBytes: number | null
  quotaBytes: number | null
}

const UNKNOWN: StorageStatus = { persisted: null, usageBytes: null, quotaBytes: null }

async function readStorageStatus(): Promise<StorageStatus> {
  const storage = navigator.storage as StorageManager | undefined
  if (!storage) return UNKNOWN
  const [persisted, estimate] = await Promise.all([storage.persisted(), storage.estimate()])
  return { persisted, usageBytes: estimate.usage ?? null, quotaBytes: estimate.quota ?? null }
}

/** Whether the browser promised not to evict the auditor's data, and how much room is left. */
export function useStorageStatus(): StorageStatus | undefined {
  const [status, setStatus] = useState<StorageStatus>()
  useEffect(() => {
    let live = true
    readStorageStatus().then(
      (next) => live && setStatus(next),
      () => live && setStatus(UNKNOWN),
    )
    return () => {
      live = false
    }
  }, [])
  return status
}
