import { Card, Code, Table, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { formatDateTime } from '../../../components/format'
import type { RunRecord } from '../../../db/records'
import { RunStatusBadge } from '../RunStatusBadge'

/** Every analysis of this repository, newest first; the overview always shows the last succeeded one. */
export function RunHistory({
  runs,
  shownRunId,
}: {
  runs: readonly RunRecord[]
  shownRunId: string | null
}): ReactNode {
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={4} mb="sm">
        Runs
      </Title>
      <Table fz="sm" aria-label="Runs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Started</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Commit</Table.Th>
            <Table.Th>Notes</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {runs.map((run) => (
            <Table.Tr key={run.id} data-testid="run-row" data-status={run.status}>
              <Table.Td>{formatDateTime(run.startedAt)}</Table.Td>
              <Table.Td>
                <RunStatusBadge status={run.status} />
              </Table.Td>
              <Table.Td>{run.commitSha ? <Code>{run.commitSha.slice(0, 10)}</Code> : '—'}</Table.Td>
              <Table.Td>
                <Text size="xs" c={run.error ? 'red' : 'dimmed'} lineClamp={2}>
                  {run.id === shownRunId
                    ? 'Shown above'
                    : (run.error ?? (run.warnings.length > 0 ? `${run.warnings.length} warnings` : ''))}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  )
}
