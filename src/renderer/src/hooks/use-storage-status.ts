import { useEffect, useState } from 'react'

export interface StorageStatus {
  persisted: boolean | null
  usageBytes: number | null
  quotaBytes: number | null
}

/** Whether the browser promised not to evict the auditor's data, and how much room is left. */
export function useStorageStatus(): StorageStatus | undefined {
  const [status, setStatus] = useState<StorageStatus>()
  useEffect(() => {
    let live = true
    const storage = navigator.storage as StorageManager | undefined
    if (!storage) {
      setStatus({ persisted: null, usageBytes: null, quotaBytes: null })
      return
    }
    Promise.all([storage.persisted(), storage.estimate()]).then(
      ([persisted, estimate]) =>
        live && setStatus({ persisted, usageBytes: estimate.usage ?? null, quotaBytes: estimate.quota ?? null }),
      () => live && setStatus({ persisted: null, usageBytes: null, quotaBytes: null }),
    )
    return () => {
      live = false
    }
  }, [])
  return status
}
