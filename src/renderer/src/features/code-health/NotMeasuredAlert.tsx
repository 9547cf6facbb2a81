import { Alert } from '@mantine/core'
import type { ReactNode } from 'react'

/** Shown where a run, made by an older engine, has no facts for part of the view. */
export function NotMeasuredAlert({ what }: { what: string }): ReactNode {
  return (
    <Alert
      color="gray"
      variant="light"
      title={`${what}: not measured in this run`}
      data-testid="not-measured"
    >
      The engine that made this run did not measure it. Analyse the repository again to see it.
    </Alert>
  )
}
