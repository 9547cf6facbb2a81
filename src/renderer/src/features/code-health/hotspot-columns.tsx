import { Badge, Stack, Text } from '@mantine/core'
import { createColumnHelper } from '@tanstack/react-table'
import type { Hotspot } from '../../../../shared/domain/facts/hotspot-facts'
import { CopyableLocation } from '../../components/CopyableLocation'

const column = createColumnHelper<Hotspot>()

export const HOTSPOT_COLUMNS = [
  column.accessor('path', {
    header: 'File',
    cell: (info) => <CopyableLocation location={info.getValue()} />,
  }),
  column.accessor('score', {
    header: 'Score',
    cell: (info) => info.getValue().toFixed(2),
    sortDescFirst: true,
    meta: { numeric: true },
  }),
  column.accessor('commits', { header: 'Commits', sortDescFirst: true, meta: { numeric: true } }),
  column.accessor('complexity', { header: 'Complexity', sortDescFirst: true, meta: { numeric: true } }),
  column.accessor('codeLines', {
    header: 'Code lines',
    cell: (info) => info.getValue().toLocaleString(),
    sortDescFirst: true,
    meta: { numeric: true },
  }),
  column.accessor('mainAuthorName', {
    header: 'Main author',
    cell: ({ row: { original: hotspot } }) => (
      <Stack gap={2} align="flex-start">
        <Text size="sm">
          {hotspot.mainAuthorName} ({Math.round(hotspot.mainAuthorShare * 100)}%)
        </Text>
        {hotspot.mainAuthorInactive && (
          <Badge size="xs" color="orange" variant="light" title="No commit in the 90 days before the audit">
            inactive 90 days
          </Badge>
        )}
      </Stack>
    ),
  }),
  column.accessor('tested', {
    header: 'Tested',
    cell: (info) =>
      info.getValue() ? (
        <Badge size="sm" color="teal" variant="light">
          yes
        </Badge>
      ) : (
        <Badge size="sm" color="red" variant="light">
          no
        </Badge>
      ),
  }),
]
