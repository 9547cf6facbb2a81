import { Badge } from '@mantine/core'
import type { ReactNode } from 'react'
import { STAGE_LABELS, type EngagementStage } from '../../../../shared/domain/engagement'

const STAGE_COLORS: Readonly<Record<EngagementStage, string>> = {
  'pre-product': 'grape',
  'product-market-fit': 'blue',
  growth: 'teal',
}

export function StageBadge({ stage }: { stage: EngagementStage }): ReactNode {
  return (
    <Badge variant="light" color={STAGE_COLORS[stage]} radius="sm">
      {STAGE_LABELS[stage]}
    </Badge>
  )
}
