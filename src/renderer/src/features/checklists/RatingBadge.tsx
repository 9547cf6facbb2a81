import { Badge, Tooltip } from '@mantine/core'
import type { ReactNode } from 'react'
import type { Rating, Score } from '../../../../shared/checklists/score'
import { formatPercent } from './score-format'

const RATING_STYLE: Record<Rating, { color: string; label: string }> = {
  green: { color: 'teal', label: 'Green' },
  amber: { color: 'orange', label: 'Amber' },
  red: { color: 'red', label: 'Red' },
  incomplete: { color: 'gray', label: 'Incomplete' },
}

/** A score's rating, with the figures behind it on hover. */
export function RatingBadge({ score }: { score: Score }): ReactNode {
  const style = RATING_STYLE[score.rating]
  const explanation =
    score.redFlags.length > 0
      ? `${score.redFlags.length} red flag${score.redFlags.length === 1 ? '' : 's'} at this stage`
      : score.rating === 'incomplete'
        ? `Only ${formatPercent(score.coverage)} of the applicable items answered`
        : `Score ${formatPercent(score.score)}`
  return (
    <Tooltip label={explanation}>
      <Badge color={style.color} variant="light" data-rating={score.rating} style={{ flexShrink: 0 }}>
        {style.label}
        {score.score !== null && score.rating !== 'incomplete' ? ` · ${formatPercent(score.score)}` : ''}
      </Badge>
    </Tooltip>
  )
}
