import { Card, Code, Table, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import type { AuthorStats, FolderTruckFactor } from '../../../../shared/domain/facts/git-history-facts'

function truckFactorColor(value: number): string | undefined {
  if (value <= 1) return 'red'
  return value === 2 ? 'orange' : undefined
}

/** Which parts of the code depend on one or two people: the whole-repository figure hides them. */
export function TruckFactorByFolderCard({
  folders,
  authors,
}: {
  folders: FolderTruckFactor[]
  authors: AuthorStats[]
}): ReactNode {
  const names = new Map(authors.map((author) => [author.id, author.name]))
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={4}>Truck factor by folder</Title>
      <Text size="sm" c="dimmed" mb="sm">
        How many people would have to leave before most of a folder's files have no one who knows them.
      </Text>
      {folders.length === 0 ? (
        <Text size="sm" c="dimmed">
          No top-level folder has enough files to measure.
        </Text>
      ) : (
        <Table striped fz="sm" aria-label="Truck factor by folder">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Folder</Table.Th>
              <Table.Th ta="right">Truck factor</Table.Th>
              <Table.Th>Key people</Table.Th>
              <Table.Th ta="right">Files</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {folders.map((folder) => (
              <Table.Tr key={folder.folder}>
                <Table.Td>
                  <Code>{folder.folder}</Code>
                </Table.Td>
                <Table.Td ta="right" c={truckFactorColor(folder.value)} fw={600}>
                  {folder.value}
                </Table.Td>
                <Table.Td>{folder.authorIds.map((id) => names.get(id) ?? id).join(', ')}</Table.Td>
                <Table.Td ta="right">{folder.filesConsidered.toLocaleString()}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  )
}
