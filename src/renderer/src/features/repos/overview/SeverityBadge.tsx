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
      // A minimum, not a width, and a label that never shrinks: a table column sized to the badge's
      // smallest width cut "critical" to "critic…" in wider fonts.
      miw={78}
      styles={{ label: { overflow: 'visible' } }}
    >
      {severity}
    </Badge>
  )
}
