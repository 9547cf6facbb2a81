import { Anchor, Breadcrumbs, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { Link } from 'react-router'

interface EngagementBreadcrumbsProps {
  engagement: { id: string; name: string }
  /** The pages between the engagement and this one, each with its link. */
  via?: { label: string; to: string }[]
  /** This page. */
  current: string
}

/** Engagements / company / … / this page. */
export function EngagementBreadcrumbs({
  engagement,
  via = [],
  current,
}: EngagementBreadcrumbsProps): ReactNode {
  return (
    <Breadcrumbs mb="sm">
      <Anchor component={Link} to="/engagements" size="sm">
        Engagements
      </Anchor>
      <Anchor component={Link} to={`/engagements/${engagement.id}`} size="sm">
        {engagement.name}
      </Anchor>
      {via.map((step) => (
        <Anchor key={step.to} component={Link} to={step.to} size="sm">
          {step.label}
        </Anchor>
      ))}
      <Text size="sm">{current}</Text>
    </Breadcrumbs>
  )
}
