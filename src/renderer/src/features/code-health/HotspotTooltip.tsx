import { Code, Paper, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import type { PlotPoint } from './hotspot-plot'

/** What a point on the hotspot chart stands for: the file, and the three numbers behind its place and size. */
export function HotspotTooltip({ point }: { point: PlotPoint }): ReactNode {
  return (
    <Paper withBorder shadow="sm" p="xs" radius="sm">
      <Code>{point.path}</Code>
      <Text size="xs" mt={4}>
        {point.commits} commits · cognitive complexity {point.complexity} · {point.codeLines.toLocaleString()}{' '}
        code lines
      </Text>
    </Paper>
  )
}
