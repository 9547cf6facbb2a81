import { ActionIcon, Anchor, Group, Table, Text, Tooltip } from '@mantine/core'
import { IconPencil, IconTrash } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { formatDate, formatDateTime } from '../../components/format'
import type { EngagementSummary } from '../../db/queries/engagements'
import { useUiStore } from '../../stores/ui/store'
import { StageBadge } from './StageBadge'
import { useDeleteEngagement } from './use-delete-engagement'

export function EngagementsTable({ engagements }: { engagements: readonly EngagementSummary[] }): ReactNode {
  const openEditor = useUiStore((state) => state.openEngagementEditor)
  const confirmDelete = useDeleteEngagement()

  return (
    <Table highlightOnHover verticalSpacing="sm" aria-label="Engagements">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Company</Table.Th>
          <Table.Th>Stage</Table.Th>
          <Table.Th>Period</Table.Th>
          <Table.Th ta="right">Repositories</Table.Th>
          <Table.Th>Created</Table.Th>
          <Table.Th>
            <span className="visually-hidden">Actions</span>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {engagements.map((engagement) => (
          <Table.Tr key={engagement.id} data-testid="engagement-row">
            <Table.Td>
              <Anchor component={Link} to={`/engagements/${engagement.id}`} fw={600}>
                {engagement.name}
              </Anchor>
              {engagement.notes !== '' && (
                <Text size="xs" c="dimmed" lineClamp={1} maw={420}>
                  {engagement.notes}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <StageBadge stage={engagement.stage} />
            </Table.Td>
            <Table.Td>
              <Text size="sm">
                {engagement.startDate === null && engagement.endDate === null
                  ? '—'
                  : `${formatDate(engagement.startDate)} – ${formatDate(engagement.endDate)}`}
              </Text>
            </Table.Td>
            <Table.Td ta="right">{engagement.repoCount}</Table.Td>
            <Table.Td>
              <Text size="sm">{formatDateTime(engagement.createdAt)}</Text>
            </Table.Td>
            <Table.Td>
              <Group gap={4} justify="flex-end" wrap="nowrap">
                <Tooltip label="Edit">
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`Edit ${engagement.name}`}
                    onClick={() => openEditor(engagement.id)}
                  >
                    <IconPencil size={16} aria-hidden />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label="Delete">
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Delete ${engagement.name}`}
                    onClick={() => void confirmDelete(engagement)}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
