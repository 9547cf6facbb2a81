import { Anchor, Badge, Button, Group, Progress, Stack, Text } from '@mantine/core'
import { IconPlayerStop, IconRefresh, IconWifiOff, IconWorld } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { NPM_REGISTRY_HOST, type PackageQuery } from '../../../../../shared/domain/freshness'
import { formatDateTime } from '../../../components/format'
import type { PackageFreshnessState } from '../../../hooks/use-package-freshness'

interface Tally {
  checked: number
  deprecated: number
  majorBehind: number
  failed: number
  oldest: string | null
  newest: string | null
}

function tally(queries: readonly PackageQuery[], state: PackageFreshnessState): Tally {
  const counts: Tally = { checked: 0, deprecated: 0, majorBehind: 0, failed: 0, oldest: null, newest: null }
  for (const { name } of queries) {
    const answer = state.byName.get(name)
    if (answer?.error) counts.failed += 1
    const facts = answer?.facts
    if (!facts) continue
    counts.checked += 1
    if (facts.versions.some((entry) => entry.deprecated !== null)) counts.deprecated += 1
    if (facts.versions.some((entry) => entry.behind === 'major')) counts.majorBehind += 1
    if (counts.oldest === null || facts.fetchedAt < counts.oldest) counts.oldest = facts.fetchedAt
    if (counts.newest === null || facts.fetchedAt > counts.newest) counts.newest = facts.fetchedAt
  }
  return counts
}

function fetchedWhen(oldest: string, newest: string): string {
  const [from, to] = [formatDateTime(oldest), formatDateTime(newest)]
  return from === to ? to : `between ${from} and ${to}`
}

function Summary({
  queries,
  state,
}: {
  queries: readonly PackageQuery[]
  state: PackageFreshnessState
}): ReactNode {
  const counts = tally(queries, state)
  if (counts.checked === 0 && counts.failed === 0) return null
  return (
    <Text size="sm" data-testid="freshness-summary">
      Registry facts for {counts.checked} of {queries.length} npm packages: {counts.deprecated} deprecated,{' '}
      {counts.majorBehind} a major version or more behind
      {counts.failed > 0 ? `; ${counts.failed} could not be checked` : ''}.{' '}
      {counts.oldest !== null && counts.newest !== null && (
        <Text span size="sm" c="dimmed">
          From {NPM_REGISTRY_HOST}, fetched {fetchedWhen(counts.oldest, counts.newest)}.
        </Text>
      )}
    </Text>
  )
}

/**
 * Whether package freshness can be looked up (online checks on) or not (offline, the default), the button
 * that looks it up, and a tally of what is known. Cached facts show in both modes.
 */
export function FreshnessBar({
  queries,
  state,
  onlineChecks,
}: {
  queries: readonly PackageQuery[]
  state: PackageFreshnessState
  onlineChecks: boolean | undefined
}): ReactNode {
  const { progress } = state
  return (
    <Stack gap="xs" mt="md" data-testid="freshness">
      <Group gap="sm">
        {onlineChecks === true && (
          <Badge variant="light" color="blue" leftSection={<IconWorld size={12} aria-hidden />}>
            Online checks on
          </Badge>
        )}
        {onlineChecks === false && (
          <Badge variant="light" color="gray" leftSection={<IconWifiOff size={12} aria-hidden />}>
            Offline: package ages unknown
          </Badge>
        )}
        {onlineChecks === true && progress === null && (
          <Button
            size="xs"
            variant="default"
            leftSection={<IconRefresh size={14} aria-hidden />}
            disabled={queries.length === 0}
            onClick={() => void state.check()}
          >
            Check freshness
          </Button>
        )}
        {progress !== null && (
          <>
            <Progress
              value={progress.total === 0 ? 100 : (progress.done / progress.total) * 100}
              w={160}
              aria-label="Freshness check progress"
            />
            <Text size="xs">
              Checked {progress.done} of {progress.total} packages on {NPM_REGISTRY_HOST}…
            </Text>
            <Button
              size="xs"
              variant="subtle"
              leftSection={<IconPlayerStop size={14} aria-hidden />}
              onClick={state.stop}
            >
              Stop
            </Button>
          </>
        )}
        {onlineChecks === false && (
          <Text size="xs" c="dimmed">
            How old the pinned versions are cannot be known offline. Turn on online checks in{' '}
            <Anchor component={Link} to="/settings" size="xs">
              Settings
            </Anchor>{' '}
            to ask {NPM_REGISTRY_HOST} (package names only are sent).
          </Text>
        )}
      </Group>
      <Summary queries={queries} state={state} />
    </Stack>
  )
}
