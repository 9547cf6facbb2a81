import { Badge } from '@mantine/core'
import type { ReactNode } from 'react'
import type { Severity } from '../../../../../shared/domain/finding'

const SEVERITY_COLORS: Readonly<Record<Severity, string>> = {
  critical: 'red.9',
  high: 'red',
  medium: 'orange',
  low: 'yellow',
  info: 'gray',
}

export function SeverityBadge({ severity }: { severity: Severity }): ReactNode {
  return (
    // Critical is filled (white on dark red): a light badge with a shade colour is red text on red.
    <Badge
      color={SEVERITY_COLORS[severity]}
      variant={severity === 'critical' ? 'filled' : 'light'}
      radius="sm"
      w={78}
    >
      {severity}
    </Badge>
  )
}
