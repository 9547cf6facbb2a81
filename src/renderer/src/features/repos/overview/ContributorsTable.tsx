import { Badge, Card, Group, Table, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import type { GitHistoryFacts } from '../../../../../shared/domain/facts/git-history-facts'
import { formatDate } from '../../../components/format'

const SHOWN_CONTRIBUTORS = 15

/** Who wrote the code, and who the truck factor says the project depends on. */
export function ContributorsTable({ history }: { history: GitHistoryFacts }): ReactNode {
  const keyPeople = new Set(history.truckFactor.authorIds)
  const authors = [...history.authors].sort((a, b) => b.commits - a.commits).slice(0, SHOWN_CONTRIBUTORS)
  return (
    <Card withBorder radius="md" padding="lg">
      <Group justify="space-between" mb="sm">
        <Title order={4}>Contributors</Title>
        <Text size="sm" c="dimmed">
          {history.authors.length} in all · {history.activeContributors90d} active in the last 90 days
        </Text>
      </Group>
      <Table striped fz="sm" aria-label="Contributors">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Author</Table.Th>
            <Table.Th ta="right">Commits</Table.Th>
            <Table.Th ta="right">Lines added</Table.Th>
            <Table.Th ta="right">Lines deleted</Table.Th>
            <Table.Th>Last commit</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {authors.map((author) => (
            <Table.Tr key={author.id}>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm">{author.name}</Text>
                  {keyPeople.has(author.id) && (
                    <Badge size="xs" color="orange" variant="light">
                      truck factor
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed">
                  {author.emails.join(', ')}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{author.commits.toLocaleString()}</Table.Td>
              <Table.Td ta="right">{author.linesAdded.toLocaleString()}</Table.Td>
              <Table.Td ta="right">{author.linesDeleted.toLocaleString()}</Table.Td>
              <Table.Td>{formatDate(author.lastCommitAt.slice(0, 10))}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  )
}
