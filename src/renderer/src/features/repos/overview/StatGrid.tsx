import { Card, SimpleGrid, Text } from '@mantine/core'
import type { ReactNode } from 'react'

export interface Stat {
  label: string
  value: string
  hint?: string
  tone?: 'danger' | 'warning'
}

const TONE_COLORS = { danger: 'red', warning: 'orange' } as const

export function StatGrid({ stats }: { stats: readonly Stat[] }): ReactNode {
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
      {stats.map((stat) => (
        <Card key={stat.label} withBorder radius="md" padding="md" aria-label={stat.label}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {stat.label}
          </Text>
          <Text size="xl" fw={700} c={stat.tone ? TONE_COLORS[stat.tone] : undefined}>
            {stat.value}
          </Text>
          {stat.hint !== undefined && (
            <Text size="xs" c="dimmed">
              {stat.hint}
            </Text>
          )}
        </Card>
      ))}
    </SimpleGrid>
  )
}
