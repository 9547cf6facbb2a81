import { Badge, Card, Code, Group, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import type { ArchitectureFacts } from '../../../../shared/domain/facts/architecture-facts'
import { formatCyclePath } from './cycle-path'
import { countNoun } from './count-noun'

/** Sets of modules that import each other, each with one concrete cycle the team can break. */
export function CyclesCard({ cycles }: { cycles: ArchitectureFacts['cycles'] }): ReactNode {
  return (
    <Card withBorder radius="md" padding="lg" data-testid="import-cycles">
      <Title order={4}>Import cycles ({cycles.total})</Title>
      <Text size="sm" c="dimmed" mb="sm">
        Modules that import each other, directly or round a loop, cannot be understood, tested or moved alone.
        Each line is one real path round the cycle; type-only imports are left out.
      </Text>
      {cycles.components.length === 0 ? (
        <Text size="sm" c="dimmed">
          No cycle: the import graph is acyclic.
        </Text>
      ) : (
        <Stack gap="xs">
          {cycles.components.map((cycle) => (
            <Group
              key={cycle.members.join('|')}
              gap="sm"
              wrap="nowrap"
              align="flex-start"
              data-testid="import-cycle"
            >
              <Badge variant="light" color="orange" miw={92} style={{ flexShrink: 0 }}>
                {countNoun(cycle.size, 'module')}
              </Badge>
              <Code block style={{ flex: 1, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {formatCyclePath(cycle)}
              </Code>
            </Group>
          ))}
          {cycles.total > cycles.components.length && (
            <Text size="xs" c="dimmed">
              Showing the {cycles.components.length} largest of {cycles.total} cycles.
            </Text>
          )}
        </Stack>
      )}
    </Card>
  )
}
