import { DonutChart } from '@mantine/charts'
import { Alert, Badge, Card, Group, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useMemo, useState, type ReactNode } from 'react'
import {
  LICENCE_CLASSES,
  type DependencyFacts,
  type LicenceClass,
} from '../../../../../shared/domain/facts/dependency-facts'
import { useOnlineChecks } from '../../../hooks/use-online-checks'
import { usePackageFreshness } from '../../../hooks/use-package-freshness'
import { FreshnessBar } from './FreshnessBar'
import { FreshnessCells } from './FreshnessCells'
import { freshnessQueries } from './freshness-queries'

const CLASS_STYLE: Record<LicenceClass, { label: string; color: string }> = {
  permissive: { label: 'Permissive', color: 'teal.6' },
  'weak-copyleft': { label: 'Weak copyleft', color: 'yellow.6' },
  'strong-copyleft': { label: 'Strong copyleft', color: 'orange.6' },
  'network-copyleft': { label: 'Network copyleft (AGPL)', color: 'red.7' },
  'non-commercial': { label: 'Non-commercial / source-available', color: 'grape.6' },
  unknown: { label: 'Unknown', color: 'gray.5' },
}
const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low', 'unknown'] as const
const SHOWN_PACKAGES = 200

/**
 * Packages, their licences and known vulnerabilities, from the dependencies analyzer; with online checks
 * on, their freshness from the npm registry.
 */
export function DependenciesCard({ dependencies }: { dependencies: DependencyFacts }): ReactNode {
  const [search, setSearch] = useState('')
  const { packages, vulnerabilities, vulnerabilityDatabase } = dependencies
  const queries = useMemo(() => freshnessQueries(packages), [packages])
  const freshness = usePackageFreshness(queries)
  const onlineChecks = useOnlineChecks()
  // The page's own clock, read once: ages of releases do not need to tick.
  const [openedAt] = useState(() => Date.now())
  const direct = packages.filter((entry) => entry.direct).length
  const production = packages.filter((entry) => !entry.dev).length
  const byClass = LICENCE_CLASSES.map((licenceClass) => ({
    name: CLASS_STYLE[licenceClass].label,
    value: packages.filter((entry) => entry.licenceClass === licenceClass).length,
    color: CLASS_STYLE[licenceClass].color,
  })).filter((slice) => slice.value > 0)
  const vulnerable = new Map<string, number>()
  for (const vulnerability of vulnerabilities) {
    const key = `${vulnerability.package}@${vulnerability.version}`
    vulnerable.set(key, (vulnerable.get(key) ?? 0) + 1)
  }
  const needle = search.trim().toLowerCase()
  const shown = packages
    .filter((entry) => needle === '' || entry.name.toLowerCase().includes(needle))
    .sort((a, b) => Number(b.direct) - Number(a.direct))
    .slice(0, SHOWN_PACKAGES)
  return (
    <Card withBorder radius="md" padding="lg" data-testid="dependencies">
      <Title order={4} mb="xs">
        Dependencies and licences
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {packages.length} packages resolved from {dependencies.lockfiles.length} lockfile
        {dependencies.lockfiles.length === 1 ? '' : 's'} ({direct} direct, {packages.length - direct}{' '}
        transitive; {production} production, {packages.length - production} development) in{' '}
        {dependencies.manifests.length} manifest{dependencies.manifests.length === 1 ? '' : 's'}. Project
        licence: {dependencies.project.license ?? 'none found'}.
      </Text>
      {vulnerabilityDatabase === null ? (
        <Alert color="orange" title="Vulnerabilities not checked" mb="md">
          No vulnerability database has been imported, so these dependencies were not checked for known
          vulnerabilities: that is not the same as clean. Import the OSV export in Settings, then analyse
          again.
        </Alert>
      ) : (
        <Text size="sm" mb="md">
          Checked against the OSV database imported {vulnerabilityDatabase.importedAt.slice(0, 10)} (
          {vulnerabilityDatabase.advisories.toLocaleString()} advisories):{' '}
          {SEVERITY_ORDER.map((severity) => ({
            severity,
            count: vulnerabilities.filter((entry) => entry.severity === severity).length,
          }))
            .filter(({ count }) => count > 0)
            .map(({ severity, count }) => `${count} ${severity}`)
            .join(', ') || 'no known vulnerabilities'}
          .
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="xs" align="center">
          {byClass.length === 0 ? (
            <Text size="sm" c="dimmed">
              No lockfile records licences.
            </Text>
          ) : (
            <DonutChart
              data={byClass}
              withLabelsLine={false}
              withTooltip
              chartLabel={`${packages.length} packages`}
              size={180}
              thickness={26}
            />
          )}
          <Group gap={6} justify="center">
            {byClass.map((slice) => (
              <Badge key={slice.name} variant="light" color={slice.color.split('.')[0]}>
                {slice.name}: {slice.value}
              </Badge>
            ))}
          </Group>
        </Stack>
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            Known vulnerabilities
          </Text>
          {vulnerabilities.length === 0 ? (
            <Text size="sm" c="dimmed">
              {vulnerabilityDatabase === null ? 'Not checked.' : 'None matched.'}
            </Text>
          ) : (
            <Table fz="xs" aria-label="Vulnerabilities">
              <Table.Tbody>
                {vulnerabilities.slice(0, 15).map((vulnerability) => (
                  <Table.Tr key={`${vulnerability.id}-${vulnerability.package}-${vulnerability.version}`}>
                    <Table.Td>
                      <Badge
                        size="xs"
                        color={
                          vulnerability.severity === 'critical' || vulnerability.severity === 'high'
                            ? 'red'
                            : 'orange'
                        }
                      >
                        {vulnerability.severity}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {vulnerability.package}@{vulnerability.version}
                    </Table.Td>
                    <Table.Td>
                      {[vulnerability.id, ...vulnerability.aliases.slice(0, 1)].join(' · ')}
                    </Table.Td>
                    <Table.Td>
                      {vulnerability.fixedIn.length > 0
                        ? `fixed in ${vulnerability.fixedIn.join(', ')}`
                        : 'no fix'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </SimpleGrid>
      <FreshnessBar queries={queries} state={freshness} onlineChecks={onlineChecks.enabled} />
      <TextInput
        mt="md"
        mb="xs"
        aria-label="Search packages"
        placeholder="Search packages"
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        w={280}
      />
      <Table.ScrollContainer minWidth={980} maxHeight={420}>
        <Table fz="xs" striped stickyHeader aria-label="Packages">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Package</Table.Th>
              <Table.Th>Version</Table.Th>
              <Table.Th>Direct</Table.Th>
              <Table.Th>Scope</Table.Th>
              <Table.Th>Licence</Table.Th>
              <Table.Th>Vulnerabilities</Table.Th>
              <Table.Th miw={90}>Latest</Table.Th>
              <Table.Th miw={260}>Freshness</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((entry) => (
              <Table.Tr key={`${entry.lockfile}:${entry.name}@${entry.version}`}>
                <Table.Td>{entry.name}</Table.Td>
                <Table.Td>{entry.version}</Table.Td>
                <Table.Td>{entry.direct ? 'direct' : 'transitive'}</Table.Td>
                <Table.Td>{entry.dev ? 'dev' : 'production'}</Table.Td>
                <Table.Td>
                  {entry.license ?? '—'}{' '}
                  <Text span size="xs" c="dimmed">
                    ({CLASS_STYLE[entry.licenceClass].label.toLowerCase()})
                  </Text>
                </Table.Td>
                <Table.Td>{vulnerable.get(`${entry.name}@${entry.version}`) ?? 0}</Table.Td>
                <FreshnessCells
                  version={entry.version}
                  freshness={freshness.byName.get(entry.name)}
                  now={openedAt}
                />
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {packages.length > shown.length && (
        <Text size="xs" c="dimmed" mt={4}>
          Showing {shown.length} of {packages.length}; search to find others, or export the workbook for all.
        </Text>
      )}
    </Card>
  )
}
