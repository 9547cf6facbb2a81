import { Badge, Checkbox, Text } from '@mantine/core'
import { createColumnHelper } from '@tanstack/react-table'
import type { SnapshotDebtItem } from '../../../../shared/report/audit-snapshot'
import { SEVERITIES } from '../../../../shared/domain/finding'
import { SeverityBadge } from '../repos/overview/SeverityBadge'
import { STATUS_LABELS } from './debt-labels'

const column = createColumnHelper<SnapshotDebtItem>()

/** The inventory's columns; widths are CSS grid tracks, so header and virtual rows line up. */
export const DEBT_COLUMNS = [
  column.display({
    id: 'select',
    header: ({ table }) => (
      <Checkbox
        aria-label="Select all shown"
        checked={table.getIsAllRowsSelected()}
        indeterminate={table.getIsSomeRowsSelected()}
        onChange={table.getToggleAllRowsSelectedHandler()}
      />
    ),
    cell: ({ row }) => (
      <Checkbox
        aria-label={`Select ${row.original.title}`}
        checked={row.getIsSelected()}
        onChange={row.getToggleSelectedHandler()}
        onClick={(event) => event.stopPropagation()}
      />
    ),
    meta: { width: '40px' },
  }),
  column.accessor('priority', {
    header: 'Priority',
    cell: (info) => (
      <Text size="sm" fw={600} title={info.row.original.priorityExplanation}>
        {info.getValue().toFixed(2)}
        {info.row.original.priorityOverridden ? ' *' : ''}
      </Text>
    ),
    meta: { width: '80px' },
  }),
  column.accessor('severity', {
    header: 'Severity',
    cell: (info) => <SeverityBadge severity={info.getValue()} />,
    sortingFn: (left, right) =>
      SEVERITIES.indexOf(right.original.severity) - SEVERITIES.indexOf(left.original.severity),
    meta: { width: '100px' },
  }),
  column.accessor('title', {
    header: 'Debt item',
    cell: (info) => (
      <Text size="sm" truncate="end" title={info.getValue()}>
        {info.getValue()}
      </Text>
    ),
    meta: { width: 'minmax(240px, 3fr)' },
  }),
  column.accessor('category', { header: 'Category', meta: { width: '100px' } }),
  column.accessor((item) => item.repoNames.join(', '), {
    id: 'repo',
    header: 'Repository',
    meta: { width: '130px' },
  }),
  column.accessor((item) => item.locations.join(', '), {
    id: 'location',
    header: 'Location',
    cell: (info) => (
      <Text size="xs" ff="monospace" truncate="end" title={info.getValue()}>
        {info.getValue()}
      </Text>
    ),
    meta: { width: 'minmax(140px, 2fr)' },
  }),
  column.accessor('findingCount', { header: 'Findings', meta: { width: '80px' } }),
  column.accessor('effortHours', {
    header: 'Effort h',
    cell: (info) => info.getValue().toFixed(1),
    meta: { width: '80px' },
  }),
  column.accessor('interest', {
    header: 'Interest',
    cell: (info) => info.getValue().toFixed(2),
    meta: { width: '80px' },
  }),
  column.accessor('status', {
    header: 'Status',
    cell: (info) => (
      <Badge size="sm" variant={info.getValue() === 'open' ? 'outline' : 'light'} color="gray">
        {STATUS_LABELS[info.getValue()]}
      </Badge>
    ),
    meta: { width: '110px' },
  }),
  column.accessor('owner', { header: 'Owner', meta: { width: '110px' } }),
]
