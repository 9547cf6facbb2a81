import { Accordion, Badge, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core'
import { useState, type ReactNode } from 'react'
import { SeverityBadge } from '../repos/overview/SeverityBadge'
import { GROUPING_LABELS, PATTERN_GROUPINGS, patternGroups, type PatternGrouping } from './pattern-groups'
import type { PatternRow } from './pattern-rows'
import { PatternOccurrencesTable } from './PatternOccurrencesTable'

const GROUPING_CHOICES = PATTERN_GROUPINGS.map((value) => ({ value, label: GROUPING_LABELS[value] }))
const isGrouping = (value: string): value is PatternGrouping =>
  PATTERN_GROUPINGS.some((grouping) => grouping === value)

/** The insecure constructs found, grouped by OWASP category or CWE, each group opening onto its list. */
export function PatternGroupsCard({ rows }: { rows: readonly PatternRow[] }): ReactNode {
  const [grouping, setGrouping] = useState<PatternGrouping>('owasp')
  const groups = patternGroups(rows, grouping)
  return (
    <Card withBorder radius="md" padding="lg" data-testid="pattern-groups">
      <Group justify="space-between" align="flex-start" mb="sm">
        <div>
          <Title order={4}>Insecure patterns found ({rows.length.toLocaleString()})</Title>
          <Text size="sm" c="dimmed">
            Each construct is described in the analyzer&apos;s own words; nothing is copied from the code.
          </Text>
        </div>
        <SegmentedControl
          aria-label="Group by"
          data={GROUPING_CHOICES}
          value={grouping}
          onChange={(value) => isGrouping(value) && setGrouping(value)}
        />
      </Group>
      <Accordion variant="separated" multiple key={grouping}>
        {groups.map((group) => (
          <Accordion.Item key={group.key} value={group.key} data-testid="pattern-group">
            <Accordion.Control>
              <Group justify="space-between" wrap="nowrap" pr="sm">
                <Stack gap={0}>
                  <Text fw={600}>{group.label}</Text>
                  <Text size="xs" c="dimmed">
                    {group.ruleTitles.join(' · ')}
                  </Text>
                </Stack>
                <Group gap={6} wrap="nowrap">
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {group.severities.map(({ severity, count }) => `${count} ${severity}`).join(' · ')}
                  </Text>
                  <SeverityBadge severity={group.severities[0]?.severity ?? 'info'} />
                  <Badge variant="default" radius="sm" aria-label={`${group.rows.length} occurrences`}>
                    {group.rows.length.toLocaleString()}
                  </Badge>
                </Group>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <PatternOccurrencesTable rows={group.rows} label={`Insecure patterns: ${group.label}`} />
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Card>
  )
}
