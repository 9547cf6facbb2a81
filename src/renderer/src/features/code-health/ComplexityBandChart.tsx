import { BarChart } from '@mantine/charts'
import { Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import type { ComplexityBand } from '../../../../shared/domain/facts/complexity-facts'
import { bandBars } from './complexity-bands'

/** Functions per band of one measure, the bands over its limit in orange. */
export function ComplexityBandChart({
  title,
  bands,
  limit,
}: {
  title: string
  bands: ComplexityBand[]
  limit: number
}): ReactNode {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {title}{' '}
        <Text span size="xs" c="dimmed" fw={400}>
          over {limit} is complex
        </Text>
      </Text>
      <BarChart
        h={Math.max(120, bands.length * 44)}
        data={bandBars(bands, limit)}
        dataKey="band"
        orientation="vertical"
        yAxisProps={{ width: 56 }}
        withBarValueLabel
        withXAxis={false}
        gridAxis="none"
        valueFormatter={(value) => value.toLocaleString()}
        barChartProps={{ margin: { right: 40 } }}
        series={[{ name: 'functions', label: 'Functions', color: 'indigo.6' }]}
        tooltipAnimationDuration={0}
      />
    </Stack>
  )
}
