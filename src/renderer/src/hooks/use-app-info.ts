import { useEffect, useState } from 'react'
import type { AppInfo } from '../../../shared/ipc/contract'
import { callMain } from '../api/diligent'

export type AppInfoState =
  { status: 'loading' } | { status: 'ready'; info: AppInfo } | { status: 'error'; message: string }

export function useAppInfo(): AppInfoState {
  const [state, setState] = useState<AppInfoState>({ status: 'loading' })
  useEffect(() => {
    let live = true
    callMain('app:get-info', {}).then(
      (info) => live && setState({ status: 'ready', info }),
      (error: unknown) => live && setState({ status: 'error', message: String(error) }),
    )
    return () => {
      live = false
    }
  }, [])
  return state
}
