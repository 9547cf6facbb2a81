import { Accordion, Card, Code, Group, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { SEVERITIES } from '../../../../../shared/domain/finding'
import type { FindingRecord } from '../../../db/records'
import { SeverityBadge } from './SeverityBadge'

function formatEffort(minutes: number): string {
  return minutes < 60 ? `${minutes} min` : `${Math.round((minutes / 60) * 10) / 10} h`
}

/** Findings of the last good run, most severe first, each with its evidence and remedy. */
export function FindingsList({ findings }: { findings: readonly FindingRecord[] }): ReactNode {
  const ordered = [...findings].sort(
    (a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity),
  )
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={4} mb="sm">
        Findings ({findings.length})
      </Title>
      {ordered.length === 0 ? (
        <Text size="sm" c="dimmed">
          These analyzers found nothing to report.
        </Text>
      ) : (
        <Accordion variant="separated" multiple>
          {ordered.map((finding) => (
            <Accordion.Item key={finding.id} value={finding.id} data-testid="finding">
              <Accordion.Control>
                <Group gap="sm" wrap="nowrap">
                  <SeverityBadge severity={finding.severity} />
                  <Text size="sm" fw={600}>
                    {finding.title}
                  </Text>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap={6}>
                  <Text size="sm">{finding.explanation}</Text>
                  {finding.location && (
                    <Text size="sm">
                      Where: <Code>{finding.location.path}</Code>
                    </Text>
                  )}
                  {finding.evidence && (
                    <Text size="sm">
                      Evidence: <Code>{finding.evidence}</Code>
                    </Text>
                  )}
                  <Text size="sm">
                    Remedy: {finding.remediation}{' '}
                    <Text span c="dimmed">
                      (about {formatEffort(finding.effortMinutes)})
                    </Text>
                  </Text>
                  <Text size="xs" c="dimmed">
                    {finding.category} · {finding.ruleId}
                  </Text>
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </Card>
  )
}
