import { Code, Table, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { CopyableLocation } from '../../components/CopyableLocation'
import { SeverityBadge } from '../repos/overview/SeverityBadge'
import type { PatternRow } from './pattern-rows'

/** The occurrences of one group: what was found, where, the construct in the engine's words, the fix. */
export function PatternOccurrencesTable({
  rows,
  label,
}: {
  rows: readonly PatternRow[]
  label: string
}): ReactNode {
  return (
    <Table.ScrollContainer minWidth={760} maxHeight={480}>
      <Table striped fz="sm" stickyHeader aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Severity</Table.Th>
            <Table.Th miw={180}>Rule</Table.Th>
            <Table.Th miw={230}>Where</Table.Th>
            <Table.Th miw={170}>Construct</Table.Th>
            <Table.Th miw={240}>Fix</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Td>
                <SeverityBadge severity={row.severity} />
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {row.ruleTitle}
                </Text>
                <Text size="xs" c="dimmed">
                  {[row.cwe, row.owasp].filter((id) => id !== null).join(' · ')}
                </Text>
                {row.loweredBecause && (
                  <Text size="xs" c="dimmed">
                    Severity lowered: {row.loweredBecause}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <CopyableLocation location={row.location} />
              </Table.Td>
              <Table.Td>
                <Code style={{ overflowWrap: 'anywhere' }}>{row.snippet}</Code>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{row.fix ?? '—'}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
