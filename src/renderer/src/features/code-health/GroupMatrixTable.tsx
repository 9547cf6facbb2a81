import { Table, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { cellShade, type GroupMatrix } from './group-matrix'

/** Background for a cell: indigo, stronger for more imports; the text turns white once it would not read. */
function cellStyle(shade: number): { background?: string; color?: string } {
  if (shade === 0) return {}
  const percent = Math.round(12 + shade * 78)
  return {
    background: `color-mix(in srgb, var(--mantine-color-indigo-7) ${percent}%, transparent)`,
    ...(percent > 55 ? { color: 'var(--mantine-color-white)' } : {}),
  }
}

/** Every group-to-group dependency as a square table: the row's group imports the column's group. */
export function GroupMatrixTable({ matrix }: { matrix: GroupMatrix }): ReactNode {
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table
        withTableBorder
        withColumnBorders
        fz="xs"
        aria-label="Imports between module groups"
        data-testid="group-matrix"
        style={{ width: 'auto' }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Importer ↓ imports →</Table.Th>
            {matrix.names.map((name, column) => (
              <Table.Th key={name} ta="center" title={name} miw={36}>
                {column + 1}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {matrix.names.map((from, row) => (
            <Table.Tr key={from}>
              <Table.Th style={{ whiteSpace: 'nowrap' }}>
                <Text span size="xs" c="dimmed" mr={6}>
                  {row + 1}
                </Text>
                {from}
              </Table.Th>
              {matrix.names.map((to, column) => {
                const imports = matrix.imports[row]?.[column] ?? 0
                const inside = row === column
                return (
                  <Table.Td
                    key={to}
                    ta="center"
                    title={
                      inside ? `${from}: ${imports} imports inside` : `${from} imports ${to}: ${imports}`
                    }
                    style={
                      inside
                        ? { background: 'var(--mantine-color-gray-1)', color: 'var(--mantine-color-dimmed)' }
                        : cellStyle(cellShade(imports, matrix.heaviest))
                    }
                  >
                    {imports > 0 ? imports.toLocaleString() : ''}
                  </Table.Td>
                )
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
