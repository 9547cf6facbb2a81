import { Button, Card, Group, List, Text, Title } from '@mantine/core'
import { IconFileCode, IconFileSpreadsheet, IconFileTypePdf, IconListDetails } from '@tabler/icons-react'
import { useState, type ReactNode } from 'react'
import { Link } from 'react-router'
import type { ExportKind } from '../../../../shared/report/export-kinds'
import type { EngagementRecord } from '../../db/records'
import { useEngagementSnapshot } from '../debt/use-engagement-snapshot'
import { ExportDialog } from './ExportDialog'

const SHOWN_ITEMS = 3

/** The engagement page's way to the debt inventory, the two deliverables and the findings as SARIF. */
export function ReportCard({ engagement }: { engagement: EngagementRecord }): ReactNode {
  const snapshot = useEngagementSnapshot(engagement)
  const [exporting, setExporting] = useState<ExportKind | null>(null)
  const open = snapshot?.debtItems.filter((item) => item.status === 'open') ?? []
  return (
    <Card withBorder radius="md" padding="lg">
      <Group justify="space-between" mb="sm">
        <Title order={4}>Debt inventory and exports</Title>
        <Group gap="xs">
          <Button
            component={Link}
            to={`/engagements/${engagement.id}/debt`}
            variant="light"
            leftSection={<IconListDetails size={16} aria-hidden />}
          >
            Open debt inventory
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
            onClick={() => setExporting('debt-inventory')}
          >
            Export debt inventory (.xlsx)
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileTypePdf size={16} aria-hidden />}
            onClick={() => setExporting('dd-pack')}
          >
            Export due-diligence pack (.pdf)
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileCode size={16} aria-hidden />}
            onClick={() => setExporting('sarif')}
          >
            Export findings (.sarif)
          </Button>
        </Group>
      </Group>
      {snapshot === undefined ? null : snapshot.debtItems.length === 0 ? (
        <Text size="sm" c="dimmed">
          No debt recorded yet: analyse a repository to fill the inventory.
        </Text>
      ) : (
        <>
          <Text size="sm" c="dimmed" mb={4}>
            {open.length} open of {snapshot.debtItems.length} debt items. Highest priority:
          </Text>
          <List size="sm">
            {open.slice(0, SHOWN_ITEMS).map((item) => (
              <List.Item key={item.id}>
                {item.title}{' '}
                <Text span size="xs" c="dimmed">
                  (priority {item.priority.toFixed(2)})
                </Text>
              </List.Item>
            ))}
          </List>
        </>
      )}
      <ExportDialog engagement={engagement} kind={exporting} onClose={() => setExporting(null)} />
    </Card>
  )
}
