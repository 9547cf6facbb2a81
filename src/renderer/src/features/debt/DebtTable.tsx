import { Box, Group, Text, UnstyledButton } from '@mantine/core'
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react'
import { flexRender, type Table } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef, type ReactNode } from 'react'
import type { SnapshotDebtItem } from '../../../../shared/report/audit-snapshot'
import classes from './DebtTable.module.css'

const ROW_HEIGHT = 44

/**
 * The inventory as a virtual list: only the rows in view are in the DOM, so 20,000 items scroll as
 * smoothly as 20. Header and rows share one CSS grid template so the columns line up.
 */
export function DebtTable({
  table,
  onOpen,
}: {
  table: Table<SnapshotDebtItem>
  onOpen: (item: SnapshotDebtItem) => void
}): ReactNode {
  const scrollRef = useRef<HTMLDivElement>(null)
  const rows = table.getRowModel().rows
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  })
  const template = table
    .getVisibleLeafColumns()
    .map((column) => column.columnDef.meta?.width ?? '1fr')
    .join(' ')
  return (
    <Box role="table" aria-label="Debt inventory" aria-rowcount={rows.length} className={classes.table}>
      <div role="rowgroup" className={classes.header}>
        {table.getHeaderGroups().map((group) => (
          <div role="row" key={group.id} className={classes.row} style={{ gridTemplateColumns: template }}>
            {group.headers.map((header) => {
              const sorted = header.column.getIsSorted()
              return (
                <div
                  role="columnheader"
                  key={header.id}
                  aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  className={classes.cell}
                >
                  {header.column.getCanSort() ? (
                    <UnstyledButton onClick={header.column.getToggleSortingHandler()}>
                      <Group gap={4} wrap="nowrap">
                        <Text size="xs" fw={700}>
                          {flexRender(header.column.columnDef.header, header.getContext())}
                        </Text>
                        {sorted === 'asc' && <IconArrowUp size={12} aria-hidden />}
                        {sorted === 'desc' && <IconArrowDown size={12} aria-hidden />}
                      </Group>
                    </UnstyledButton>
                  ) : (
                    flexRender(header.column.columnDef.header, header.getContext())
                  )}
                </div>
              )
            })}
          </div>
        ))}
      </div>
      <div ref={scrollRef} className={classes.body} role="rowgroup">
        {rows.length === 0 && (
          <Text size="sm" c="dimmed" p="md">
            No debt item matches.
          </Text>
        )}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((virtual) => {
            const row = rows[virtual.index]
            if (row === undefined) return null
            return (
              <div
                role="row"
                key={row.id}
                data-testid="debt-row"
                aria-rowindex={virtual.index + 1}
                aria-selected={row.getIsSelected()}
                className={classes.row}
                onClick={() => onOpen(row.original)}
                style={{
                  gridTemplateColumns: template,
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  width: '100%',
                  height: ROW_HEIGHT,
                  transform: `translateY(${virtual.start}px)`,
                }}
              >
                {row.getVisibleCells().map((cell) => (
                  <div role="cell" key={cell.id} className={classes.cell}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </div>
                ))}
              </div>
            )
          })}
        </div>
      </div>
    </Box>
  )
}
