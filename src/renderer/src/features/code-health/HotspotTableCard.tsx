import { Card, Text, Title } from '@mantine/core'
import { getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from '@tanstack/react-table'
import { useState, type ReactNode } from 'react'
import type { HotspotFacts } from '../../../../shared/domain/facts/hotspot-facts'
import { HOTSPOT_COLUMNS } from './hotspot-columns'
import { SortableTable } from './SortableTable'

/** The ranked hotspots with who knows them and whether a test covers them: where to look first. */
export function HotspotTableCard({ hotspots }: { hotspots: HotspotFacts }): ReactNode {
  const [sorting, setSorting] = useState<SortingState>([{ id: 'score', desc: true }])
  const table = useReactTable({
    data: hotspots.hotspots,
    columns: HOTSPOT_COLUMNS,
    state: { sorting },
    getRowId: (hotspot) => hotspot.path,
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  })
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={4}>Hotspot ranking</Title>
      <Text size="sm" c="dimmed" mb="sm">
        Score = commits × complexity, each relative to the repository's highest (1 is the worst file on both).
        A main author with no commit in the last 90 days means the knowledge is already at risk; "tested"
        means a test file of the same name exists.
      </Text>
      {hotspots.hotspots.length === 0 ? (
        <Text size="sm" c="dimmed">
          No file is both complex and changed often enough to be a hotspot.
        </Text>
      ) : (
        <SortableTable table={table} label="Hotspots" maxHeight={420} />
      )}
    </Card>
  )
}
