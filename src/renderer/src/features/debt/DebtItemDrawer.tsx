import {
  Button,
  Drawer,
  Group,
  List,
  NumberInput,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core'
import { useState, type ReactNode } from 'react'
import { DEBT_STATUSES, type DebtStatus } from '../../../../shared/domain/debt-item'
import type { AuditSnapshot, SnapshotDebtItem } from '../../../../shared/report/audit-snapshot'
import type { TriageChange } from '../../db/commands/debt-items'
import { SeverityBadge } from '../repos/overview/SeverityBadge'
import { STATUS_LABELS } from './debt-labels'

interface DebtItemDrawerProps {
  item: SnapshotDebtItem | null
  findings: AuditSnapshot['findings']
  onClose: () => void
  onSave: (item: SnapshotDebtItem, change: TriageChange) => Promise<void>
  onSplit: (item: SnapshotDebtItem) => Promise<void>
}

function TriageForm({
  item,
  findings,
  onSave,
  onSplit,
}: Omit<DebtItemDrawerProps, 'item' | 'onClose'> & { item: SnapshotDebtItem }): ReactNode {
  const [status, setStatus] = useState<DebtStatus>(item.status)
  const [owner, setOwner] = useState(item.owner)
  const [notes, setNotes] = useState(item.notes)
  const [override, setOverride] = useState<number | string>(item.priorityOverridden ? item.priority : '')
  const itemFindings = findings.filter((finding) => finding.debtItemId === item.id)
  return (
    <Stack gap="md">
      <Group gap="xs">
        <SeverityBadge severity={item.severity} />
        <Text size="sm" c="dimmed">
          {item.category} · {item.repoNames.join(', ')}
        </Text>
      </Group>
      <div>
        <Text size="xs" fw={700} tt="uppercase" c="dimmed">
          Priority {item.priority.toFixed(2)}
        </Text>
        <Text size="sm" data-testid="priority-explanation">
          {item.priorityExplanation}
        </Text>
      </div>
      <div>
        <Text size="xs" fw={700} tt="uppercase" c="dimmed">
          Findings ({itemFindings.length})
        </Text>
        <List size="sm" spacing={2}>
          {itemFindings.slice(0, 50).map((finding) => (
            <List.Item key={finding.fingerprint}>
              {finding.title}
              {finding.location ? (
                <Text span size="xs" ff="monospace" c="dimmed">
                  {' '}
                  {finding.location.path}
                  {finding.location.line ? `:${finding.location.line}` : ''}
                </Text>
              ) : null}
            </List.Item>
          ))}
        </List>
      </div>
      <Text size="sm">{item.remediation}</Text>
      <Select
        label="Status"
        data={DEBT_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }))}
        value={status}
        onChange={(value) => value && setStatus(value as DebtStatus)}
        allowDeselect={false}
      />
      <TextInput
        label="Owner"
        value={owner}
        onChange={(event) => setOwner(event.currentTarget.value)}
        maxLength={200}
      />
      <Textarea
        label="Notes"
        autosize
        minRows={3}
        value={notes}
        onChange={(event) => setNotes(event.currentTarget.value)}
      />
      <NumberInput
        label="Priority override"
        description="Leave empty to keep the computed priority"
        min={0}
        decimalScale={2}
        value={override}
        onChange={setOverride}
      />
      <Group justify="space-between">
        <Button variant="default" disabled={item.findingCount < 2} onClick={() => void onSplit(item)}>
          Split into {item.findingCount} items
        </Button>
        <Button
          onClick={() =>
            void onSave(item, {
              status,
              owner,
              notes,
              priorityOverride: typeof override === 'number' ? override : null,
            })
          }
        >
          Save
        </Button>
      </Group>
    </Stack>
  )
}

/** One debt item: why it has its priority, its findings, and the auditor's triage. */
export function DebtItemDrawer(props: DebtItemDrawerProps): ReactNode {
  return (
    <Drawer
      opened={props.item !== null}
      onClose={props.onClose}
      position="right"
      size="lg"
      title={props.item?.title}
    >
      {props.item !== null && <TriageForm key={props.item.id} {...props} item={props.item} />}
    </Drawer>
  )
}
