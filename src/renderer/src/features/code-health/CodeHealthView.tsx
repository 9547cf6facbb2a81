import { Alert, SimpleGrid, Stack } from '@mantine/core'
import type { ReactNode } from 'react'
import { StatGrid } from '../repos/overview/StatGrid'
import { measuredAnything, selectCodeHealthFacts, type CodeHealthSource } from './code-health-facts'
import { codeHealthStats } from './code-health-stats'
import { ComplexityDistributionCard } from './ComplexityDistributionCard'
import { CyclesCard } from './CyclesCard'
import { DuplicationCard } from './DuplicationCard'
import { HotspotChartCard } from './HotspotChartCard'
import { HotspotTableCard } from './HotspotTableCard'
import { ImportGraphCard } from './ImportGraphCard'
import { MarkersCard } from './MarkersCard'
import { ModuleDependenciesCard } from './ModuleDependenciesCard'
import { NotMeasuredAlert } from './NotMeasuredAlert'
import { TechnologiesCard } from './TechnologiesCard'
import { TruckFactorByFolderCard } from './TruckFactorByFolderCard'
import { TsconfigCard } from './TsconfigCard'
import { UnmeasuredFilesCard } from './UnmeasuredFilesCard'
import { WorstFunctionsCard } from './WorstFunctionsCard'

/**
 * A repository's code health from its last good run: complexity, hotspots, architecture and who
 * knows which folder. Each part the run's engine did not measure says so instead of disappearing.
 */
export function CodeHealthView({ facts }: { facts: CodeHealthSource | null }): ReactNode {
  const health = selectCodeHealthFacts(facts)
  if (!measuredAnything(health)) {
    return (
      <Alert color="blue" title="Code health not measured in this run" data-testid="not-measured">
        This run was made by an earlier version of Diligent, which did not measure complexity, hotspots or
        architecture. Analyse the repository again to see them.
      </Alert>
    )
  }
  const { complexity, hotspots, architecture, truckFactorByFolder, authors } = health
  return (
    <Stack gap="lg" data-testid="code-health">
      <StatGrid stats={codeHealthStats(health)} />
      {complexity === null && <NotMeasuredAlert what="Complexity, duplication and markers" />}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        {complexity && <ComplexityDistributionCard complexity={complexity} />}
        {hotspots ? <HotspotChartCard hotspots={hotspots} /> : <NotMeasuredAlert what="Hotspots" />}
      </SimpleGrid>
      {hotspots && <HotspotTableCard hotspots={hotspots} />}
      {complexity && <WorstFunctionsCard complexity={complexity} />}
      {architecture ? (
        <>
          <ModuleDependenciesCard architecture={architecture} />
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            <CyclesCard cycles={architecture.cycles} />
            <ImportGraphCard architecture={architecture} />
          </SimpleGrid>
        </>
      ) : (
        <NotMeasuredAlert what="Architecture: import cycles, module dependencies and technologies" />
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        {truckFactorByFolder ? (
          <TruckFactorByFolderCard folders={truckFactorByFolder} authors={authors} />
        ) : (
          <NotMeasuredAlert what="Truck factor by folder" />
        )}
        {architecture && <TechnologiesCard architecture={architecture} />}
      </SimpleGrid>
      {complexity && (
        <>
          <DuplicationCard duplication={complexity.duplication} />
          <MarkersCard markers={complexity.markers} total={complexity.totals.markers} />
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            <TsconfigCard tsconfigs={complexity.tsconfigs} />
            <UnmeasuredFilesCard files={complexity.unmeasured} />
          </SimpleGrid>
        </>
      )}
    </Stack>
  )
}
