import { Group, Table, UnstyledButton } from '@mantine/core'
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react'
import { flexRender, type Table as TanStackTable } from '@tanstack/react-table'
import type { ReactNode } from 'react'

/** A short TanStack table (a few hundred rows at most) in a Mantine table: headers sort on click. */
export function SortableTable<Row>({
  table,
  label,
  maxHeight,
}: {
  table: TanStackTable<Row>
  label: string
  maxHeight?: number
}): ReactNode {
  return (
    <Table.ScrollContainer minWidth={720} maxHeight={maxHeight} type="native">
      <Table striped fz="sm" stickyHeader aria-label={label}>
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted()
                const numeric = header.column.columnDef.meta?.numeric === true
                const title = flexRender(header.column.columnDef.header, header.getContext())
                return (
                  <Table.Th
                    key={header.id}
                    ta={numeric ? 'right' : undefined}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    {header.column.getCanSort() ? (
                      <UnstyledButton onClick={header.column.getToggleSortingHandler()} fz="sm" fw={700}>
                        <Group gap={4} wrap="nowrap" justify={numeric ? 'flex-end' : 'flex-start'}>
                          {title}
                          {sorted === 'asc' && <IconArrowUp size={12} aria-hidden />}
                          {sorted === 'desc' && <IconArrowDown size={12} aria-hidden />}
                          {sorted === false && <IconArrowsSort size={12} aria-hidden opacity={0.4} />}
                        </Group>
                      </UnstyledButton>
                    ) : (
                      title
                    )}
                  </Table.Th>
                )
              })}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody>
          {table.getRowModel().rows.map((row) => (
            <Table.Tr key={row.id}>
              {row.getVisibleCells().map((cell) => (
                <Table.Td key={cell.id} ta={cell.column.columnDef.meta?.numeric ? 'right' : undefined}>
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
