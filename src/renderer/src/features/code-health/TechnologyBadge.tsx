import { Badge, Stack, Text, Tooltip } from '@mantine/core'
import type { ReactNode } from 'react'
import type { DetectedTechnology } from '../../../../shared/domain/facts/architecture-facts'
import { countNoun } from './count-noun'

const SHOWN_EVIDENCE = 6

/** One detected technology; hovering shows the manifests and imports that give it away. */
export function TechnologyBadge({ technology }: { technology: DetectedTechnology }): ReactNode {
  const declaredOnly = technology.importingFiles === 0
  return (
    <Tooltip
      multiline
      maw={420}
      withArrow
      label={
        <Stack gap={2}>
          {technology.evidence.slice(0, SHOWN_EVIDENCE).map((evidence) => (
            <Text key={`${evidence.source}:${evidence.package}:${evidence.path}`} size="xs">
              {evidence.package} {evidence.source === 'manifest' ? 'declared in' : 'imported by'}{' '}
              {evidence.path}
            </Text>
          ))}
          <Text size="xs" c="dimmed">
            {declaredOnly
              ? 'Declared, but no source file imports it.'
              : `Imported by ${countNoun(technology.importingFiles, 'file')}.`}
          </Text>
        </Stack>
      }
    >
      <Badge variant={declaredOnly ? 'outline' : 'light'} color="indigo" tt="none" data-testid="technology">
        {technology.name}
      </Badge>
    </Tooltip>
  )
}
