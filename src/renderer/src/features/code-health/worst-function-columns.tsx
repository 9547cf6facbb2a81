import { Text } from '@mantine/core'
import { createColumnHelper } from '@tanstack/react-table'
import type { FunctionComplexity } from '../../../../shared/domain/facts/complexity-facts'
import { COGNITIVE_LIMIT, CYCLOMATIC_LIMIT } from '../../../../shared/domain/facts/complexity-facts'
import { CopyableLocation } from '../../components/CopyableLocation'
import { formatLocation } from './locations'

const column = createColumnHelper<FunctionComplexity>()

/** A measure over its limit reads in orange, so the eye finds what the "complex functions" count counts. */
function overLimit(value: number, limit: number): { c?: string; fw?: number } {
  return value > limit ? { c: 'orange.8', fw: 700 } : {}
}

export const WORST_FUNCTION_COLUMNS = [
  column.accessor('name', {
    header: 'Function',
    cell: (info) => (
      <Text size="sm" ff="monospace" truncate="end" maw={260} title={info.getValue()}>
        {info.getValue()}
      </Text>
    ),
  }),
  column.accessor('kind', { header: 'Kind' }),
  column.accessor((fn) => formatLocation(fn.path, fn.line), {
    id: 'location',
    header: 'Location',
    cell: (info) => <CopyableLocation location={info.getValue()} />,
  }),
  column.accessor('cognitive', {
    header: 'Cognitive',
    cell: (info) => (
      <Text size="sm" {...overLimit(info.getValue(), COGNITIVE_LIMIT)}>
        {info.getValue()}
      </Text>
    ),
    sortDescFirst: true,
    meta: { numeric: true },
  }),
  column.accessor('cyclomatic', {
    header: 'Cyclomatic',
    cell: (info) => (
      <Text size="sm" {...overLimit(info.getValue(), CYCLOMATIC_LIMIT)}>
        {info.getValue()}
      </Text>
    ),
    sortDescFirst: true,
    meta: { numeric: true },
  }),
  column.accessor('lines', { header: 'Lines', sortDescFirst: true, meta: { numeric: true } }),
  column.accessor('parameters', { header: 'Params', sortDescFirst: true, meta: { numeric: true } }),
  column.accessor('maxNesting', { header: 'Nesting', sortDescFirst: true, meta: { numeric: true } }),
]
