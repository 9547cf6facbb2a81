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
    <Badge color={SEVERITY_COLORS[severity]} variant="light" radius="sm" w={78}>
      {severity}
    </Badge>
  )
}
