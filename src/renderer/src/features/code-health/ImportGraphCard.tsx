import { Card, SimpleGrid, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import type { ArchitectureFacts } from '../../../../shared/domain/facts/architecture-facts'
import { ModuleDegreeTable } from './ModuleDegreeTable'

/** What the import graph holds, and the modules everything leans on or that lean on everything. */
export function ImportGraphCard({ architecture }: { architecture: ArchitectureFacts }): ReactNode {
  const { imports } = architecture
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={4}>Import graph</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {architecture.modules.toLocaleString()} source modules linked by{' '}
        {imports.internalEdges.toLocaleString()} dependencies ({imports.internal.toLocaleString()} import
        references). {imports.external.toLocaleString()} references go to{' '}
        {architecture.externalPackages.total} third-party packages and {imports.builtin.toLocaleString()} to
        the runtime; {imports.unresolved.toLocaleString()} could not be resolved and{' '}
        {imports.nonLiteral.toLocaleString()} are computed at run time.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <ModuleDegreeTable title="Most depended on (fan-in)" modules={architecture.mostDependedOn} />
        <ModuleDegreeTable title="Most dependent (fan-out)" modules={architecture.mostDependent} />
      </SimpleGrid>
    </Card>
  )
}
