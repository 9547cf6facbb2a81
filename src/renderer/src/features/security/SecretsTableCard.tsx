import { Card, Code, Group, Select, Table, Text, Title } from '@mantine/core'
import { useState, type ReactNode } from 'react'
import { CopyableLocation } from '../../components/CopyableLocation'
import { countNoun } from '../code-health/count-noun'
import { SeverityBadge } from '../repos/overview/SeverityBadge'
import { ruleChoices, type SecretRow } from './secret-rows'
import { SecretOrigin } from './SecretOrigin'

/** Every secret found, most severe first, filterable by rule. Values are redacted by the engine. */
export function SecretsTableCard({ rows }: { rows: readonly SecretRow[] }): ReactNode {
  const [ruleId, setRuleId] = useState<string | null>(null)
  const shown = ruleId === null ? rows : rows.filter((row) => row.ruleId === ruleId)
  return (
    <Card withBorder radius="md" padding="lg" data-testid="secrets">
      <Group justify="space-between" align="flex-start" mb="sm">
        <div>
          <Title order={4}>Secrets found ({rows.length.toLocaleString()})</Title>
          <Text size="sm" c="dimmed">
            Each value is masked: at most four leading characters and a hash, never the secret. Rotate any
            that may be real: everyone with a clone has it.
          </Text>
        </div>
        <Select
          aria-label="Rule"
          placeholder={`All rules (${rows.length})`}
          data={ruleChoices(rows)}
          value={ruleId}
          onChange={setRuleId}
          clearable
          w={280}
        />
      </Group>
      <Table.ScrollContainer minWidth={760} maxHeight={520}>
        <Table striped fz="sm" stickyHeader aria-label="Secrets">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Rule</Table.Th>
              <Table.Th>Severity</Table.Th>
              <Table.Th miw={220}>Where</Table.Th>
              <Table.Th>Redacted value</Table.Th>
              <Table.Th>History</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row) => (
              <Table.Tr key={row.key}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {row.ruleTitle}
                  </Text>
                  {row.loweredBecause && (
                    <Text size="xs" c="dimmed">
                      Severity lowered: {row.loweredBecause}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <SeverityBadge severity={row.severity} />
                </Table.Td>
                <Table.Td>
                  <CopyableLocation location={row.location} />
                </Table.Td>
                <Table.Td>
                  {row.redacted === null ? (
                    <Text size="sm" c="dimmed">
                      whole file
                    </Text>
                  ) : (
                    <Code style={{ whiteSpace: 'nowrap' }}>{row.redacted}</Code>
                  )}
                </Table.Td>
                <Table.Td>
                  <SecretOrigin row={row} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {ruleId !== null && (
        <Text size="xs" c="dimmed" mt="xs">
          Showing {countNoun(shown.length, 'secret')} of {rows.length.toLocaleString()}.
        </Text>
      )}
    </Card>
  )
}
