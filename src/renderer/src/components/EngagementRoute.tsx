import { Alert, Anchor, Center, Loader } from '@mantine/core'
import type { ReactNode } from 'react'
import { Link, useParams } from 'react-router'
import type { EngagementRecord } from '../db/records'
import { useEngagement } from '../hooks/use-engagements'

/**
 * Loads the engagement named in the route (`:engagementId`) for the page inside: a loader meanwhile,
 * a way back when it no longer exists.
 */
export function EngagementRoute({
  children,
}: {
  children: (engagement: EngagementRecord) => ReactNode
}): ReactNode {
  const { engagementId = '' } = useParams()
  const engagement = useEngagement(engagementId)
  if (engagement === undefined)
    return (
      <Center py="xl">
        <Loader aria-label="Loading engagement" />
      </Center>
    )
  if (engagement === null)
    return (
      <Alert color="yellow" title="Engagement not found">
        It may have been deleted.{' '}
        <Anchor component={Link} to="/engagements">
          Back to all engagements
        </Anchor>
      </Alert>
    )
  return children(engagement)
}
