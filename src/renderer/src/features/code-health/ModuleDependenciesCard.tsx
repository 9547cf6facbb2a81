import { Card, Group, SegmentedControl, Text, Title } from '@mantine/core'
import { useState, type ReactNode } from 'react'
import type { ArchitectureFacts } from '../../../../shared/domain/facts/architecture-facts'
import { layoutGroupGraph } from './group-graph-layout'
import { groupMatrix } from './group-matrix'
import { GroupGraphDrawing } from './GroupGraphDrawing'
import { GroupMatrixTable } from './GroupMatrixTable'

/** The matrix has room for more groups than the drawing: it never draws one dependency over another. */
const MATRIX_GROUPS = 20

type View = 'layers' | 'matrix'

/** How the top-level module groups depend on each other: a layered drawing, or the full matrix. */
export function ModuleDependenciesCard({ architecture }: { architecture: ArchitectureFacts }): ReactNode {
  const [view, setView] = useState<View>('layers')
  const { groups, groupEdges } = architecture
  const layout = layoutGroupGraph(groups, groupEdges)
  const matrix = groupMatrix(groups, groupEdges, MATRIX_GROUPS)
  return (
    <Card withBorder radius="md" padding="lg" data-testid="module-dependencies">
      <Group justify="space-between" align="flex-start" mb="xs">
        <Title order={4}>Dependencies between modules</Title>
        <SegmentedControl
          size="xs"
          aria-label="Show dependencies as"
          value={view}
          onChange={(value) => setView(value === 'matrix' ? 'matrix' : 'layers')}
          data={[
            { value: 'layers', label: 'Layers' },
            { value: 'matrix', label: 'Matrix' },
          ]}
        />
      </Group>
      {groups.length === 0 ? (
        <Text size="sm" c="dimmed">
          No source module was found to group.
        </Text>
      ) : view === 'layers' ? (
        <>
          <Text size="sm" c="dimmed" mb="sm">
            Each box is a workspace package or top-level folder. A group sits above the groups it imports, so
            healthy dependencies point down; the number on an arrow counts its import references, and thicker
            arrows carry more. Red dashed arrows point up: the lower group imports the upper one too, a cycle
            between groups.{' '}
            {layout.hiddenEdges > 0 || layout.hiddenGroups > 0
              ? `To stay readable, only the ${layout.edges.length} heaviest dependencies between the ${layout.nodes.length} largest groups are drawn (${layout.hiddenEdges} lighter ones and ${layout.hiddenGroups} groups left out); the matrix lists them.`
              : 'Every dependency between groups is drawn.'}
          </Text>
          <GroupGraphDrawing layout={layout} />
        </>
      ) : (
        <>
          <Text size="sm" c="dimmed" mb="sm">
            Import references from the group of each row to the group of each column; darker cells carry more.
            The diagonal counts imports inside a group. Two groups that import each other (
            {matrix.mutual.length === 0
              ? 'none here'
              : matrix.mutual.map(({ a, b }) => `${a} and ${b}`).join('; ')}
            ) form a cycle.{' '}
            {groups.length > matrix.names.length &&
              `The ${matrix.names.length} largest of ${groups.length} groups are shown.`}
          </Text>
          <GroupMatrixTable matrix={matrix} />
        </>
      )}
    </Card>
  )
}
