import { Badge, Card, Group, Stack, Text, Title, Tooltip } from '@mantine/core'
import type { ReactNode } from 'react'
import {
  TECHNOLOGY_CATEGORIES,
  type ArchitectureFacts,
  type TechnologyCategory,
} from '../../../../shared/domain/facts/architecture-facts'
import { TechnologyBadge } from './TechnologyBadge'
import { countNoun } from './count-noun'

const CATEGORY_LABELS: Record<TechnologyCategory, string> = {
  framework: 'Frameworks',
  ui: 'UI',
  server: 'Servers',
  api: 'API',
  graphql: 'GraphQL',
  orm: 'ORMs',
  datastore: 'Database clients',
  cache: 'Caches',
  queue: 'Queues',
  'cloud-sdk': 'Cloud SDKs',
  payments: 'Payments',
  auth: 'Authentication',
  observability: 'Observability',
  ai: 'AI',
  'test-framework': 'Test frameworks',
  build: 'Build',
  mobile: 'Mobile',
  desktop: 'Desktop',
}

/** The stack as the manifests and imports reveal it, with the datastores it talks to. */
export function TechnologiesCard({ architecture }: { architecture: ArchitectureFacts }): ReactNode {
  const { technologies, datastores, tests } = architecture
  const names = new Map(technologies.map((technology) => [technology.id, technology.name]))
  const byCategory = TECHNOLOGY_CATEGORIES.map((category) => ({
    category,
    technologies: technologies.filter((technology) => technology.category === category),
  })).filter((entry) => entry.technologies.length > 0)
  return (
    <Card withBorder radius="md" padding="lg" data-testid="technologies">
      <Title order={4}>Technologies</Title>
      <Text size="sm" c="dimmed" mb="sm">
        Detected from manifests and imports; hover a name for the evidence. An outlined name is declared but
        imported by no source file.
      </Text>
      <Stack gap="sm">
        <Group gap="xs">
          <Text size="sm" fw={600} w={170}>
            Datastores
          </Text>
          {datastores.length === 0 ? (
            <Text size="sm" c="dimmed">
              None detected
            </Text>
          ) : (
            datastores.map((datastore) => (
              <Tooltip
                key={datastore.name}
                withArrow
                label={`Through ${datastore.technologies.map((id) => names.get(id) ?? id).join(', ')}`}
              >
                <Badge color="grape" variant="light" tt="none" data-testid="datastore">
                  {datastore.name}
                </Badge>
              </Tooltip>
            ))
          )}
        </Group>
        <Group gap="xs">
          <Text size="sm" fw={600} w={170}>
            Test code
          </Text>
          <Text size="sm">
            {countNoun(tests.testFiles, 'test file')}, {countNoun(tests.testLines, 'line')}
            {tests.frameworks.length > 0 ? ` (${tests.frameworks.join(', ')})` : ''}
          </Text>
        </Group>
        {byCategory.length === 0 ? (
          <Text size="sm" c="dimmed">
            No known technology was detected.
          </Text>
        ) : (
          byCategory.map((entry) => (
            <Group key={entry.category} gap="xs" align="flex-start">
              <Text size="sm" fw={600} w={170}>
                {CATEGORY_LABELS[entry.category]}
              </Text>
              <Group gap={6} style={{ flex: 1 }}>
                {entry.technologies.map((technology) => (
                  <TechnologyBadge key={technology.id} technology={technology} />
                ))}
              </Group>
            </Group>
          ))
        )}
      </Stack>
    </Card>
  )
}
