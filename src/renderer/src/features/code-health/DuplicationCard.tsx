import { Card, Table, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import type { DuplicationSummary } from '../../../../shared/domain/facts/complexity-facts'
import { CopyableLocation } from '../../components/CopyableLocation'
import { formatLineRange } from './locations'
import { countNoun } from './count-noun'

const SHOWN_CLONES = 20

/** The largest copy-pasted blocks, both places each: a fix made in one is easily missed in the other. */
export function DuplicationCard({ duplication }: { duplication: DuplicationSummary }): ReactNode {
  const clones = duplication.clones.slice(0, SHOWN_CLONES)
  return (
    <Card withBorder radius="md" padding="lg" data-testid="duplication">
      <Title order={4}>Duplicated code</Title>
      {clones.length === 0 ? (
        <Text size="sm" c="dimmed">
          No duplicated block was found in {countNoun(duplication.totalLines, 'code line')}.
        </Text>
      ) : (
        <>
          <Text size="sm" c="dimmed" mb="sm">
            {duplication.percentage.toFixed(1)}% of {countNoun(duplication.totalLines, 'code line')} are
            duplicated, in {countNoun(duplication.cloneCount, 'block')}
            {duplication.cloneCount > clones.length ? `; the ${clones.length} largest are listed` : ''}.
          </Text>
          <Table.ScrollContainer minWidth={640} maxHeight={400}>
            <Table striped fz="sm" stickyHeader aria-label="Duplicated blocks">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th ta="right">Lines</Table.Th>
                  <Table.Th>First copy</Table.Th>
                  <Table.Th>Second copy</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {clones.map((clone) => {
                  const first = formatLineRange(clone.first.path, clone.first.startLine, clone.first.endLine)
                  const second = formatLineRange(
                    clone.second.path,
                    clone.second.startLine,
                    clone.second.endLine,
                  )
                  return (
                    <Table.Tr key={`${first}|${second}`}>
                      <Table.Td ta="right">{clone.lines}</Table.Td>
                      <Table.Td>
                        <CopyableLocation location={first} />
                      </Table.Td>
                      <Table.Td>
                        <CopyableLocation location={second} />
                      </Table.Td>
                    </Table.Tr>
                  )
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Card>
  )
}
