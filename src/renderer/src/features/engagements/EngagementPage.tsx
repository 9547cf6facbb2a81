import { Anchor, Breadcrumbs, Button, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { IconPencil, IconTrash } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { Link, useNavigate } from 'react-router'
import { formatDate, formatDateTime } from '../../components/format'
import { EngagementRoute } from '../../components/EngagementRoute'
import { PageHeader } from '../../components/PageHeader'
import type { EngagementRecord } from '../../db/records'
import { ChecklistsCard } from '../checklists/ChecklistsCard'
import { ReportCard } from '../exports/ReportCard'
import { ReposCard } from '../repos/ReposCard'
import { useUiStore } from '../../stores/ui/store'
import { BackupButton } from './BackupButton'
import { StageBadge } from './StageBadge'
import { useDeleteEngagement } from './use-delete-engagement'

function Fact({ label, children }: { label: string; children: ReactNode }): ReactNode {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  )
}

function EngagementDetails({ engagement }: { engagement: EngagementRecord }): ReactNode {
  const openEditor = useUiStore((state) => state.openEngagementEditor)
  const confirmDelete = useDeleteEngagement()
  const navigate = useNavigate()

  return (
    <>
      <Breadcrumbs mb="sm">
        <Anchor component={Link} to="/engagements" size="sm">
          Engagements
        </Anchor>
        <Text size="sm">{engagement.name}</Text>
      </Breadcrumbs>
      <PageHeader
        title={engagement.name}
        description={<StageBadge stage={engagement.stage} />}
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={() => openEditor(engagement.id)}
            >
              Edit
            </Button>
            <BackupButton engagement={engagement} />
            <Button
              variant="light"
              color="red"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={async () => {
                if (await confirmDelete(engagement)) void navigate('/engagements')
              }}
            >
              Delete
            </Button>
          </>
        }
      />
      <Stack gap="lg">
        <Card withBorder radius="md" padding="lg">
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="lg">
            <Fact label="Start date">{formatDate(engagement.startDate)}</Fact>
            <Fact label="End date">{formatDate(engagement.endDate)}</Fact>
            <Fact label="Created">{formatDateTime(engagement.createdAt)}</Fact>
            <Fact label="Last changed">{formatDateTime(engagement.updatedAt)}</Fact>
          </SimpleGrid>
        </Card>
        <Card withBorder radius="md" padding="lg">
          <Title order={4} mb="xs">
            Notes
          </Title>
          {engagement.notes === '' ? (
            <Text size="sm" c="dimmed">
              No notes yet. Use Edit to record the scope, the contacts and what the investor asked for.
            </Text>
          ) : (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="engagement-notes">
              {engagement.notes}
            </Text>
          )}
        </Card>
        <ReposCard engagementId={engagement.id} />
        <ChecklistsCard engagement={engagement} />
        <ReportCard engagement={engagement} />
      </Stack>
    </>
  )
}

export function EngagementPage(): ReactNode {
  return <EngagementRoute>{(engagement) => <EngagementDetails engagement={engagement} />}</EngagementRoute>
}
