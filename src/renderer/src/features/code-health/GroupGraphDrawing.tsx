import { useId, type ReactNode } from 'react'
import type { ModuleGroupKind } from '../../../../shared/domain/facts/architecture-facts'
import { fitLabel, NODE_HEIGHT, NODE_WIDTH, type GroupGraphLayout } from './group-graph-layout'
import { countNoun } from './count-noun'

const LABEL_CHARS = 22
const KIND_COLORS: Record<ModuleGroupKind, { fill: string; stroke: string }> = {
  package: { fill: 'var(--mantine-color-teal-0)', stroke: 'var(--mantine-color-teal-6)' },
  folder: { fill: 'var(--mantine-color-indigo-0)', stroke: 'var(--mantine-color-indigo-5)' },
  root: { fill: 'var(--mantine-color-gray-0)', stroke: 'var(--mantine-color-gray-6)' },
  other: { fill: 'var(--mantine-color-gray-1)', stroke: 'var(--mantine-color-gray-5)' },
}
const EDGE_COLOR = 'var(--mantine-color-gray-6)'
const UPWARD_COLOR = 'var(--mantine-color-red-6)'

/** The laid-out group graph as SVG: boxes in layers, arrows from importer to imported, thicker for more imports. */
export function GroupGraphDrawing({ layout }: { layout: GroupGraphLayout }): ReactNode {
  // useId's characters are not all valid in a url(#…) reference.
  const markerId = `arrow${useId().replace(/[^A-Za-z0-9]/g, '')}`
  return (
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width="100%"
      style={{ maxWidth: layout.width, height: 'auto', display: 'block', margin: '0 auto' }}
      role="img"
      aria-label="Dependencies between module groups"
      data-testid="group-graph"
    >
      <defs>
        {[
          { id: `${markerId}-down`, color: EDGE_COLOR },
          { id: `${markerId}-up`, color: UPWARD_COLOR },
        ].map((marker) => (
          <marker
            key={marker.id}
            id={marker.id}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="9"
            markerHeight="9"
            markerUnits="userSpaceOnUse"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" fill={marker.color} />
          </marker>
        ))}
      </defs>
      {layout.edges.map((edge) => (
        <path
          key={`${edge.from}→${edge.to}`}
          d={edge.path}
          fill="none"
          stroke={edge.upward ? UPWARD_COLOR : EDGE_COLOR}
          strokeOpacity={0.75}
          strokeWidth={edge.strokeWidth}
          strokeDasharray={edge.upward ? '6 4' : undefined}
          markerEnd={`url(#${markerId}-${edge.upward ? 'up' : 'down'})`}
        >
          <title>{`${edge.from} imports ${edge.to}: ${edge.imports} references`}</title>
        </path>
      ))}
      {layout.edges.map((edge) => (
        <text
          key={`${edge.from}→${edge.to}`}
          x={edge.labelX}
          y={edge.labelY}
          dy="0.35em"
          textAnchor="middle"
          fontSize={11}
          fill={edge.upward ? UPWARD_COLOR : 'var(--mantine-color-gray-7)'}
          stroke="var(--mantine-color-body)"
          strokeWidth={3}
          paintOrder="stroke"
        >
          {edge.imports}
        </text>
      ))}
      {layout.nodes.map((node) => {
        const colors = KIND_COLORS[node.group.kind]
        return (
          <g key={node.group.name} transform={`translate(${node.x} ${node.y})`}>
            <title>{`${node.group.name}: ${countNoun(node.group.files, 'file')}, ${countNoun(node.group.lines, 'line')}`}</title>
            <rect
              width={NODE_WIDTH}
              height={NODE_HEIGHT}
              rx={6}
              fill={colors.fill}
              stroke={colors.stroke}
              strokeDasharray={node.group.kind === 'other' ? '4 3' : undefined}
            />
            <text
              x={NODE_WIDTH / 2}
              y={19}
              textAnchor="middle"
              fontSize={12}
              fontWeight={600}
              fill="var(--mantine-color-text)"
            >
              {fitLabel(node.group.name, LABEL_CHARS)}
            </text>
            <text
              x={NODE_WIDTH / 2}
              y={35}
              textAnchor="middle"
              fontSize={10}
              fill="var(--mantine-color-dimmed)"
            >
              {`${countNoun(node.group.files, 'file')} · ${countNoun(node.group.lines, 'line')}`}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
