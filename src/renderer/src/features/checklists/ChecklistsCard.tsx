import { Button, Card, Group, Progress, Stack, Table, Text, Title } from '@mantine/core'
import { IconChecklist } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { EngagementRecord } from '../../db/records'
import { RatingBadge } from './RatingBadge'
import { answeredCount } from './score-format'
import { useChecklistViews } from './use-checklist-views'

/** The engagement page's summary of the checklists: progress and rating of each, and the way in. */
export function ChecklistsCard({ engagement }: { engagement: EngagementRecord }): ReactNode {
  const checklists = useChecklistViews(engagement)
  return (
    <Card withBorder radius="md" padding="lg">
      <Group justify="space-between" mb="sm">
        <Group gap="sm">
          <Title order={4}>Checklists</Title>
          {checklists && <RatingBadge score={checklists.overall} />}
        </Group>
        <Button
          component={Link}
          to={`/engagements/${engagement.id}/checklists`}
          leftSection={<IconChecklist size={16} aria-hidden />}
        >
          Open checklists
        </Button>
      </Group>
      {checklists === undefined ? null : (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {answeredCount(checklists.overall)} of {checklists.overall.total} items answered for this stage.
          </Text>
          <Table verticalSpacing="xs" aria-label="Checklist progress">
            <Table.Tbody>
              {checklists.views.map((view) => (
                <Table.Tr key={view.checklist.id}>
                  <Table.Td>
                    <Text
                      size="sm"
                      component={Link}
                      to={`/engagements/${engagement.id}/checklists/${view.checklist.id}`}
                    >
                      {view.checklist.title}
                    </Text>
                  </Table.Td>
                  <Table.Td w="40%">
                    <Progress
                      value={(answeredCount(view.score) / view.score.total) * 100}
                      aria-label={`${view.checklist.title} progress`}
                    />
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text size="xs" c="dimmed">
                      {answeredCount(view.score)}/{view.score.total}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <RatingBadge score={view.score} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Card>
  )
}
