import { Code, Table } from '@mantine/core'
import type { ReactNode } from 'react'

/** Files an analysis left out, each with why: the same table wherever the engine skips files. */
export function FileReasonsTable({
  files,
  label,
}: {
  files: readonly { path: string; reason: string }[]
  label: string
}): ReactNode {
  return (
    <Table.ScrollContainer minWidth={480} maxHeight={360}>
      <Table striped fz="sm" stickyHeader aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>File</Table.Th>
            <Table.Th>Why</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {files.map((file) => (
            <Table.Tr key={file.path}>
              <Table.Td>
                <Code>{file.path}</Code>
              </Table.Td>
              <Table.Td>{file.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
