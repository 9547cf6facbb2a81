import { Card, Code, Table, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import type { TsconfigStrictness } from '../../../../shared/domain/facts/complexity-facts'
import { TsconfigSetting } from './TsconfigSetting'

/** Each tsconfig's strictness: without `strict`, the type checker lets whole classes of bugs through. */
export function TsconfigCard({ tsconfigs }: { tsconfigs: TsconfigStrictness[] }): ReactNode {
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={4}>TypeScript strictness</Title>
      <Text size="sm" c="dimmed" mb="sm">
        Settings after following <Code>extends</Code> inside the repository.
      </Text>
      {tsconfigs.length === 0 ? (
        <Text size="sm" c="dimmed">
          No tsconfig.json was found.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={440}>
          <Table striped fz="xs" aria-label="tsconfig strictness">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>tsconfig</Table.Th>
                <Table.Th>strict</Table.Th>
                <Table.Th>noImplicitAny</Table.Th>
                <Table.Th>strictNullChecks</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tsconfigs.map((tsconfig) => (
                <Table.Tr key={tsconfig.path}>
                  <Table.Td>
                    <Code>{tsconfig.path}</Code>
                  </Table.Td>
                  <Table.Td>
                    <TsconfigSetting value={tsconfig.strict} />
                  </Table.Td>
                  <Table.Td>
                    <TsconfigSetting value={tsconfig.noImplicitAny} />
                  </Table.Td>
                  <Table.Td>
                    <TsconfigSetting value={tsconfig.strictNullChecks} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  )
}
