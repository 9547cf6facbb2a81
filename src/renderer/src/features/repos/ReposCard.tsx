import { Anchor, Button, Card, EmptyState, Group, Table, Text, Title } from '@mantine/core'
import { IconGitBranch, IconPlayerPlay, IconPlus } from '@tabler/icons-react'
import { useState, type ReactNode } from 'react'
import { Link } from 'react-router'
import { formatDateTime } from '../../components/format'
import { useRepoSummaries } from '../../hooks/use-repos'
import { useUiStore } from '../../stores/ui/store'
import { AddRepoModal } from './AddRepoModal'
import { AnalysisProgress } from './AnalysisProgress'
import { startAnalysis } from './audit-actions'
import { RunStatusBadge } from './RunStatusBadge'

/** The engagement's repositories: status, last analysis, and Analyse with live progress. */
export function ReposCard({ engagementId }: { engagementId: string }): ReactNode {
  const repos = useRepoSummaries(engagementId)
  const runningAudits = useUiStore((state) => state.runningAudits)
  const [adding, setAdding] = useState(false)

  return (
    <Card withBorder radius="md" padding="lg">
      <Group justify="space-between" mb="sm">
        <Title order={4}>Repositories</Title>
        <Button size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setAdding(true)}>
          Add repository
        </Button>
      </Group>
      {repos?.length === 0 && (
        <EmptyState
          size="sm"
          align="left"
          icon={<IconGitBranch size={20} aria-hidden />}
          title="No repositories yet"
          description="Add the company's repositories by URL or local folder. Each is cloned into Diligent's local cache and analysed offline: languages and size, history, contributors and truck factor."
        />
      )}
      {repos !== undefined && repos.length > 0 && (
        <Table verticalSpacing="sm" aria-label="Repositories">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Repository</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Last analysed</Table.Th>
              <Table.Th>Analysis</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {repos.map((repo) => {
              const running = Object.values(runningAudits).find((audit) => audit.repoId === repo.id)
              return (
                <Table.Tr key={repo.id} data-testid="repo-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/engagements/${engagementId}/repos/${repo.id}`} fw={600}>
                      {repo.name}
                    </Anchor>
                    <Text size="xs" c="dimmed" truncate maw={380}>
                      {repo.source}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <RunStatusBadge status={running ? 'running' : (repo.latestRun?.status ?? null)} />
                    {!running && repo.latestRun?.error && (
                      <Text size="xs" c="red" lineClamp={2} maw={320}>
                        {repo.latestRun.error}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {repo.lastRun?.finishedAt ? formatDateTime(repo.lastRun.finishedAt) : '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {running ? (
                      <AnalysisProgress audit={running} />
                    ) : (
                      <Button
                        size="xs"
                        variant="light"
                        leftSection={<IconPlayerPlay size={14} aria-hidden />}
                        aria-label={`Analyse ${repo.name}`}
                        onClick={() => void startAnalysis(repo)}
                      >
                        Analyse
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      )}
      <AddRepoModal engagementId={engagementId} opened={adding} onClose={() => setAdding(false)} />
    </Card>
  )
}
