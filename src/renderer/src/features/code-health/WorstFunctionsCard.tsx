import { Card, Group, Text, TextInput, Title } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import {
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type SortingState,
} from '@tanstack/react-table'
import { useState, type ReactNode } from 'react'
import type { ComplexityFacts } from '../../../../shared/domain/facts/complexity-facts'
import { countNoun } from './count-noun'
import { SortableTable } from './SortableTable'
import { WORST_FUNCTION_COLUMNS } from './worst-function-columns'

/** The functions hardest to understand, sortable by any measure, each with a location to copy. */
export function WorstFunctionsCard({ complexity }: { complexity: ComplexityFacts }): ReactNode {
  const [sorting, setSorting] = useState<SortingState>([{ id: 'cognitive', desc: true }])
  const [search, setSearch] = useState('')
  const table = useReactTable({
    data: complexity.worstFunctions,
    columns: WORST_FUNCTION_COLUMNS,
    state: { sorting, globalFilter: search },
    getRowId: (fn) => `${fn.path}:${fn.line}:${fn.name}`,
    onSortingChange: setSorting,
    onGlobalFilterChange: setSearch,
    globalFilterFn: (row, _column, filter: string) => {
      const needle = filter.toLowerCase()
      return (
        row.original.name.toLowerCase().includes(needle) || row.original.path.toLowerCase().includes(needle)
      )
    },
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  })
  const listed = complexity.worstFunctions.length
  return (
    <Card withBorder radius="md" padding="lg" data-testid="worst-functions">
      <Group justify="space-between" mb="xs" align="flex-end">
        <div>
          <Title order={4}>Most complex functions</Title>
          <Text size="sm" c="dimmed">
            {listed === complexity.totals.functions
              ? `All ${countNoun(listed, 'function')}, the hardest to understand first`
              : `The ${listed} hardest to understand of ${countNoun(complexity.totals.functions, 'function')}`}{' '}
            (by cognitive complexity). Click a heading to sort; copy a location into your editor to open it.
          </Text>
        </div>
        <TextInput
          aria-label="Search functions"
          placeholder="Function or file"
          leftSection={<IconSearch size={14} aria-hidden />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={240}
        />
      </Group>
      {listed === 0 ? (
        <Text size="sm" c="dimmed">
          No function was found in the measured files.
        </Text>
      ) : (
        <SortableTable table={table} label="Most complex functions" maxHeight={440} />
      )}
    </Card>
  )
}
