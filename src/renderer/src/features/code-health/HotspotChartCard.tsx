import { Badge, Card, Code, Group, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import {
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from 'recharts'
import type { HotspotFacts } from '../../../../shared/domain/facts/hotspot-facts'
import { hotspotPlot, type PlotPoint } from './hotspot-plot'
import { HotspotTooltip } from './HotspotTooltip'

const AXIS_TICK = { fontSize: 12, fill: 'var(--mantine-color-dimmed)' }

/**
 * Churn against complexity, one point per file, sized by its code lines. The Mantine scatter chart
 * cannot size points or label a chosen few, so this one uses recharts, which it wraps, directly.
 */
export function HotspotChartCard({ hotspots }: { hotspots: HotspotFacts }): ReactNode {
  const { top, others } = hotspotPlot(hotspots)
  return (
    <Card withBorder radius="md" padding="lg" data-testid="hotspot-chart">
      <Title order={4}>Hotspots: churn against complexity</Title>
      <Text size="sm" c="dimmed" mb="sm">
        Each point is a file: how often it changed (right) and how complex it is (up); bigger points have more
        code. The top hotspots, numbered in red, are where debt costs the most, because every change pays for
        the complexity again.
      </Text>
      {top.length + others.length === 0 ? (
        <Text size="sm" c="dimmed">
          No measured file has any history.
        </Text>
      ) : (
        <ResponsiveContainer width="100%" height={300}>
          <ScatterChart margin={{ top: 16, right: 24, bottom: 24, left: 8 }}>
            <CartesianGrid strokeDasharray="4 4" stroke="var(--mantine-color-gray-3)" />
            <XAxis
              type="number"
              dataKey="commits"
              name="Commits"
              padding={{ left: 0, right: 16 }}
              tick={AXIS_TICK}
              allowDecimals={false}
              label={{ value: 'Commits', position: 'insideBottom', offset: -14, fontSize: 12 }}
            />
            <YAxis
              type="number"
              dataKey="complexity"
              name="Cognitive complexity"
              // Room above the highest point, so the worst files' numbers are not cut at the chart's edge.
              padding={{ top: 20, bottom: 0 }}
              tick={AXIS_TICK}
              allowDecimals={false}
              label={{
                value: 'Cognitive complexity',
                angle: -90,
                position: 'insideLeft',
                fontSize: 12,
                dy: 60,
              }}
            />
            <ZAxis type="number" dataKey="codeLines" range={[24, 520]} name="Code lines" />
            <Tooltip
              isAnimationActive={false}
              cursor={{ strokeDasharray: '3 3' }}
              content={({ active, payload }) => {
                const point = payload?.[0]?.payload as PlotPoint | undefined
                return active && point ? <HotspotTooltip point={point} /> : null
              }}
            />
            <Scatter
              name="Other files"
              data={others}
              fill="var(--mantine-color-indigo-4)"
              fillOpacity={0.5}
              isAnimationActive={false}
            />
            <Scatter
              name="Top hotspots"
              data={top}
              fill="var(--mantine-color-red-6)"
              fillOpacity={0.85}
              isAnimationActive={false}
            >
              <LabelList
                dataKey="rank"
                position="top"
                fontSize={12}
                fontWeight={700}
                fill="var(--mantine-color-red-9)"
              />
            </Scatter>
          </ScatterChart>
        </ResponsiveContainer>
      )}
      <Group gap="xs" mt="xs" data-testid="hotspot-legend">
        {top.map((point) => (
          <Group key={point.path} gap={4} wrap="nowrap">
            <Badge size="sm" circle color="red">
              {point.rank}
            </Badge>
            <Code>{point.path}</Code>
          </Group>
        ))}
      </Group>
    </Card>
  )
}
