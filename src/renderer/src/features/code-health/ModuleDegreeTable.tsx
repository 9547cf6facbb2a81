import { Code, Stack, Table, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import type { ModuleDegree } from '../../../../shared/domain/facts/architecture-facts'

const SHOWN_MODULES = 8

/** The first few modules by fan-in or fan-out, with the count. */
export function ModuleDegreeTable({ title, modules }: { title: string; modules: ModuleDegree[] }): ReactNode {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      {modules.length === 0 ? (
        <Text size="sm" c="dimmed">
          None.
        </Text>
      ) : (
        <Table fz="xs" aria-label={title}>
          <Table.Tbody>
            {modules.slice(0, SHOWN_MODULES).map((module) => (
              <Table.Tr key={module.path}>
                <Table.Td>
                  <Code>{module.path}</Code>
                </Table.Td>
                <Table.Td ta="right">{module.count}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  )
}
