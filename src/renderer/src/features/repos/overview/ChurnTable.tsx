import { Card, Code, Table, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import type { GitHistoryFacts } from '../../../../../shared/domain/facts/git-history-facts'
import { formatDate } from '../../../components/format'

const SHOWN_FILES = 20

/** The files that change most: where debt costs the most interest. */
export function ChurnTable({ history }: { history: GitHistoryFacts }): ReactNode {
  const names = new Map(history.authors.map((author) => [author.id, author.name]))
  const files = history.files.slice(0, SHOWN_FILES)
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={4} mb="sm">
        Most-changed files
      </Title>
      {files.length === 0 ? (
        <Text size="sm" c="dimmed">
          No file history.
        </Text>
      ) : (
        <Table striped fz="sm" aria-label="Most-changed files">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>File</Table.Th>
              <Table.Th ta="right">Commits</Table.Th>
              <Table.Th ta="right">+ / −</Table.Th>
              <Table.Th ta="right">Authors</Table.Th>
              <Table.Th>Main author</Table.Th>
              <Table.Th ta="right">Last change</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {files.map((file) => (
              <Table.Tr key={file.path}>
                <Table.Td>
                  <Code>{file.path}</Code>
                </Table.Td>
                <Table.Td ta="right">{file.commits}</Table.Td>
                <Table.Td ta="right">
                  +{file.linesAdded.toLocaleString()} / −{file.linesDeleted.toLocaleString()}
                </Table.Td>
                <Table.Td ta="right">{file.authors}</Table.Td>
                <Table.Td>
                  {names.get(file.mainAuthorId) ?? file.mainAuthorId} (
                  {Math.round(file.mainAuthorShare * 100)}%)
                </Table.Td>
                <Table.Td ta="right">{formatDate(file.lastChangedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  )
}
