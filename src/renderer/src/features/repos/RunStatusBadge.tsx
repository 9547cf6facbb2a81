import { Badge } from '@mantine/core'
import type { ReactNode } from 'react'
import type { RunStatus } from '../../../../shared/domain/run'

const STATUS_STYLE: Readonly<Record<RunStatus, { color: string; label: string }>> = {
  running: { color: 'blue', label: 'Running' },
  succeeded: { color: 'teal', label: 'Analysed' },
  failed: { color: 'red', label: 'Failed' },
  cancelled: { color: 'gray', label: 'Cancelled' },
  interrupted: { color: 'yellow', label: 'Interrupted' },
}

export function RunStatusBadge({ status }: { status: RunStatus | null }): ReactNode {
  if (status === null) {
    return (
      <Badge variant="outline" color="gray" radius="sm">
        Not analysed
      </Badge>
    )
  }
  const { color, label } = STATUS_STYLE[status]
  return (
    <Badge variant="light" color={color} radius="sm">
      {label}
    </Badge>
  )
}
