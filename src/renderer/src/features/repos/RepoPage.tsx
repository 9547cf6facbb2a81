import { Alert, Anchor, Button, Center, Code, List, Loader, SimpleGrid, Stack, Tabs } from '@mantine/core'
import { IconPlayerPlay } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { Link, useParams, useSearchParams } from 'react-router'
import type { GitHistoryFacts } from '../../../../shared/domain/facts/git-history-facts'
import type { InventoryFacts } from '../../../../shared/domain/facts/inventory-facts'
import { formatDate, formatDateTime } from '../../components/format'
import { EngagementBreadcrumbs } from '../../components/EngagementBreadcrumbs'
import { CodeHealthView } from '../code-health/CodeHealthView'
import { PageHeader } from '../../components/PageHeader'
import { SecurityView } from '../security/SecurityView'
import { useEngagement } from '../../hooks/use-engagements'
import { useRepoOverview } from '../../hooks/use-repos'
import { useUiStore } from '../../stores/ui/store'
import { AnalysisProgress } from './AnalysisProgress'
import { ImportedResultsCard } from './ImportedResultsCard'
import { startAnalysis } from './audit-actions'
import { ActivityChart } from './overview/ActivityChart'
import { ChurnTable } from './overview/ChurnTable'
import { DependenciesCard } from './overview/DependenciesCard'
import { SbomButton } from './SbomButton'
import { ContributorsTable } from './overview/ContributorsTable'
import { FindingsList } from './overview/FindingsList'
import { LanguagesChart } from './overview/LanguagesChart'
import { RunHistory } from './overview/RunHistory'
import { StatGrid, type Stat } from './overview/StatGrid'

/** The tabs besides Overview, which is the default and keeps the address clean. */
const TABS = ['code-health', 'security'] as const

function overviewStats(inventory: InventoryFacts | undefined, history: GitHistoryFacts | undefined): Stat[] {
  const stats: Stat[] = []
  if (inventory) {
    stats.push(
      {
        label: 'Code lines',
        value: inventory.totals.code.toLocaleString(),
        hint: `${inventory.totals.files.toLocaleString()} source files`,
      },
      {
        label: 'Languages',
        value: String(inventory.languages.length),
        hint: inventory.languages[0]?.language ?? '',
      },
    )
  }
  if (history) {
    const truckFactor = history.truckFactor.value
    stats.push(
      { label: 'Commits', value: history.commitCount.toLocaleString(), hint: `${history.mergeCount} merges` },
      {
        label: 'Truck factor',
        value: String(truckFactor),
        hint: 'people whose loss orphans most files',
        ...(truckFactor <= 1
          ? { tone: 'danger' as const }
          : truckFactor === 2
            ? { tone: 'warning' as const }
            : {}),
      },
      {
        label: 'Contributors',
        value: String(history.authors.length),
        hint: `${history.activeContributors90d} active in 90 days`,
      },
      {
        label: 'Last commit',
        value: history.lastCommitAt ? formatDate(history.lastCommitAt.slice(0, 10)) : '—',
      },
      {
        label: 'First commit',
        value: history.firstCommitAt ? formatDate(history.firstCommitAt.slice(0, 10)) : '—',
      },
    )
  }
  if (inventory) {
    const excluded = inventory.excluded.length
    stats.push({
      label: 'Left out of totals',
      value: excluded.toLocaleString(),
      hint: 'binary, vendored, generated or too large',
    })
  }
  return stats
}

export function RepoPage(): ReactNode {
  const { engagementId = '', repoId = '' } = useParams()
  const engagement = useEngagement(engagementId)
  const overview = useRepoOverview(repoId)
  // The tab is in the address, so a reload, or coming back to the page, keeps the auditor on it.
  const [searchParams, setSearchParams] = useSearchParams()
  const tab = TABS.find((value) => value === searchParams.get('tab')) ?? 'overview'
  const running = useUiStore((state) =>
    Object.values(state.runningAudits).find((audit) => audit.repoId === repoId),
  )

  if (overview === undefined || engagement === undefined) {
    return (
      <Center py="xl">
        <Loader aria-label="Loading repository" />
      </Center>
    )
  }
  if (overview === null || engagement === null) {
    return (
      <Alert color="yellow" title="Repository not found">
        It may have been removed.{' '}
        <Anchor component={Link} to={`/engagements/${engagementId}`}>
          Back to the engagement
        </Anchor>
      </Alert>
    )
  }

  const { repo, lastRun, findings, runs } = overview
  const inventory = lastRun?.facts?.inventory
  const history = lastRun?.facts?.['git-history']
  const dependencies = lastRun?.facts?.dependencies

  return (
    <>
      <EngagementBreadcrumbs engagement={engagement} current={repo.name} />
      <PageHeader
        title={repo.name}
        description={
          <>
            {repo.source}
            {lastRun && (
              <>
                {' · '}commit <Code>{lastRun.commitSha?.slice(0, 10) ?? 'none'}</Code>
                {lastRun.branch ? ` on ${lastRun.branch}` : ''} · analysed{' '}
                {formatDateTime(lastRun.finishedAt ?? lastRun.startedAt)}
              </>
            )}
          </>
        }
        actions={
          running ? (
            <AnalysisProgress audit={running} />
          ) : (
            <>
              {lastRun && <SbomButton repo={repo} run={lastRun} />}
              <Button
                leftSection={<IconPlayerPlay size={16} aria-hidden />}
                onClick={() => void startAnalysis(repo)}
              >
                {lastRun ? 'Analyse again' : 'Analyse'}
              </Button>
            </>
          )
        }
      />
      <Stack gap="lg">
        {lastRun === null ? (
          <Alert color="blue" title="Not analysed yet">
            Press Analyse: Diligent clones the repository into its local cache and reads its files and
            history. Nothing from the repository is ever run.
          </Alert>
        ) : (
          <>
            {lastRun.warnings.length > 0 && (
              <Alert color="yellow" title={`${lastRun.warnings.length} warnings during the analysis`}>
                <List size="sm">
                  {lastRun.warnings.slice(0, 20).map((warning, index) => (
                    <List.Item key={index}>
                      {warning.path ? <Code>{warning.path}</Code> : null} {warning.message}
                    </List.Item>
                  ))}
                </List>
              </Alert>
            )}
            <Tabs
              value={tab}
              onChange={(value) =>
                setSearchParams(TABS.some((known) => known === value) ? { tab: value ?? '' } : {}, {
                  replace: true,
                })
              }
              keepMounted={false}
            >
              <Tabs.List mb="lg">
                <Tabs.Tab value="overview">Overview</Tabs.Tab>
                <Tabs.Tab value="code-health">Code health</Tabs.Tab>
                <Tabs.Tab value="security">Security</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="overview">
                <Stack gap="lg">
                  <StatGrid stats={overviewStats(inventory, history)} />
                  <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
                    {inventory && <LanguagesChart inventory={inventory} />}
                    {history && <ActivityChart history={history} />}
                  </SimpleGrid>
                  <FindingsList findings={findings} />
                  {history && <ContributorsTable history={history} />}
                  {history && <ChurnTable history={history} />}
                  {dependencies && <DependenciesCard dependencies={dependencies} />}
                </Stack>
              </Tabs.Panel>
              <Tabs.Panel value="code-health">
                <CodeHealthView facts={lastRun.facts} />
              </Tabs.Panel>
              <Tabs.Panel value="security">
                <SecurityView facts={lastRun.facts} findings={findings} />
              </Tabs.Panel>
            </Tabs>
          </>
        )}
        <ImportedResultsCard repo={repo} />
        {runs.length > 0 && <RunHistory runs={runs} shownRunId={lastRun?.id ?? null} />}
      </Stack>
    </>
  )
}
