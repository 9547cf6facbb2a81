import { Badge, Card, Table, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import type { CodeMarker } from '../../../../shared/domain/facts/complexity-facts'
import { CopyableLocation } from '../../components/CopyableLocation'
import { formatLocation } from './locations'

const SHOWN_MARKERS = 50
const KIND_COLORS: Record<CodeMarker['kind'], string> = {
  FIXME: 'red',
  HACK: 'orange',
  XXX: 'yellow',
  TODO: 'gray',
}

/** The team's own notes of unfinished or broken code, FIXME and HACK first. */
export function MarkersCard({ markers, total }: { markers: CodeMarker[]; total: number }): ReactNode {
  const shown = markers.slice(0, SHOWN_MARKERS)
  return (
    <Card withBorder radius="md" padding="lg" data-testid="markers">
      <Title order={4}>TODO and FIXME markers ({total.toLocaleString()})</Title>
      <Text size="sm" c="dimmed" mb="sm">
        FIXME and HACK admit known breakage, so they come first.
        {total > shown.length ? ` The first ${shown.length} are listed.` : ''}
      </Text>
      {shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          No marker comment.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={480} maxHeight={360}>
          <Table striped fz="sm" stickyHeader aria-label="Markers">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={84}>Kind</Table.Th>
                <Table.Th>Location</Table.Th>
                <Table.Th>Comment</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((marker) => {
                const location = formatLocation(marker.path, marker.line)
                return (
                  <Table.Tr key={`${location}:${marker.kind}`}>
                    <Table.Td>
                      <Badge size="sm" variant="light" color={KIND_COLORS[marker.kind]} miw={60}>
                        {marker.kind}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <CopyableLocation location={location} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={2}>
                        {marker.text}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                )
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  )
}
