import { Card, SimpleGrid, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import type { ComplexityFacts } from '../../../../shared/domain/facts/complexity-facts'
import { ComplexityBandChart } from './ComplexityBandChart'
import { COGNITIVE_LIMIT, CYCLOMATIC_LIMIT } from '../../../../shared/domain/facts/complexity-facts'

/** How many functions fall in each band of each measure: the shape, where the tables give the worst. */
export function ComplexityDistributionCard({ complexity }: { complexity: ComplexityFacts }): ReactNode {
  return (
    <Card withBorder radius="md" padding="lg" data-testid="complexity-distribution">
      <Title order={4}>Complexity distribution</Title>
      <Text size="sm" c="dimmed" mb="sm">
        Functions per band of cognitive complexity (how hard the code is to follow) and cyclomatic complexity
        (how many paths a test must cover). Orange bands hold the complex functions.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <ComplexityBandChart title="Cognitive" bands={complexity.cognitiveBands} limit={COGNITIVE_LIMIT} />
        <ComplexityBandChart title="Cyclomatic" bands={complexity.cyclomaticBands} limit={CYCLOMATIC_LIMIT} />
      </SimpleGrid>
    </Card>
  )
}
