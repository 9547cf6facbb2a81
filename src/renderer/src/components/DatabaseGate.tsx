import { Alert, Center, Loader } from '@mantine/core'
import { useEffect, useState, type ReactNode } from 'react'
import { openAppDatabase } from '../db/app-database'

type GateState = { status: 'opening' } | { status: 'open' } | { status: 'failed'; message: string }

/**
 * Renders the app only once the auditor's database is open. A database this build cannot safely
 * use (written by a newer version, blocked, corrupt) stops here with the reason, touching nothing.
 */
export function DatabaseGate({ children }: { children: ReactNode }): ReactNode {
  const [state, setState] = useState<GateState>({ status: 'opening' })

  useEffect(() => {
    openAppDatabase().then(
      () => {
        setState({ status: 'open' })
        // Ask the browser not to evict the auditor's data under storage pressure.
        void navigator.storage?.persist?.()
      },
      (error: unknown) =>
        setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    )
  }, [])

  if (state.status === 'opening') {
    return (
      <Center h="100vh">
        <Loader aria-label="Opening your data" />
      </Center>
    )
  }
  if (state.status === 'failed') {
    return (
      <Center h="100vh" p="xl">
        <Alert color="red" title="Diligent cannot open your data" maw={640}>
          {state.message}
        </Alert>
      </Center>
    )
  }
  return children
}
