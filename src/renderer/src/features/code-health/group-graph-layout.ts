import type { GroupEdge, ModuleGroup } from '../../../../shared/domain/facts/architecture-facts'

export const NODE_WIDTH = 176
export const NODE_HEIGHT = 46
/** Room an edge takes where it passes a row it does not stop at. */
const BEND_WIDTH = 14
const COLUMN_GAP = 24
const ROW_GAP = 84
const MARGIN = 12
const ORDERING_SWEEPS = 4

export interface GraphLimits {
  /** The largest groups drawn; the rest are left to the matrix. */
  groups: number
  /** The heaviest dependencies drawn; a drawing with every edge is the hairball this avoids. */
  edges: number
}

const DEFAULT_LIMITS: GraphLimits = { groups: 14, edges: 24 }

export interface GraphNode {
  group: ModuleGroup
  /** 0 for groups that import no other drawn group; each importer sits above what it imports. */
  layer: number
  x: number
  y: number
}

export interface GraphEdge {
  from: string
  to: string
  imports: number
  /** Against the layering: the lower group imports the upper one, closing a cycle between groups. */
  upward: boolean
  /** SVG path data from the importer to the imported group. */
  path: string
  labelX: number
  labelY: number
  /** 1 for the lightest drawn dependency up to 6 for the heaviest, on a log scale. */
  strokeWidth: number
}

export interface GroupGraphLayout {
  width: number
  height: number
  nodes: GraphNode[]
  edges: GraphEdge[]
  hiddenGroups: number
  hiddenEdges: number
}

interface Point {
  x: number
  y: number
}

/** One drawn edge as a walk down the rows: its upper group, a bend in each row it passes, its lower group. */
interface Chain {
  edge: GroupEdge
  upward: boolean
  /** Keys of the row items it goes through, top row first: group names, then bend keys. */
  keys: string[]
}

function reaches(adjacency: Map<string, string[]>, from: string, to: string): boolean {
  const seen = new Set([from])
  const stack = [from]
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node === to) return true
    for (const next of adjacency.get(node) ?? []) {
      if (!seen.has(next)) {
        seen.add(next)
        stack.push(next)
      }
    }
  }
  return false
}

/**
 * Keeps the heaviest edges that leave the graph acyclic, so the layering follows the strongest
 * dependencies; the lighter edges that close a cycle are marked upward and drawn as such.
 */
function upwardEdges(edges: readonly GroupEdge[]): Set<GroupEdge> {
  const adjacency = new Map<string, string[]>()
  const upward = new Set<GroupEdge>()
  for (const edge of edges) {
    if (reaches(adjacency, edge.to, edge.from)) upward.add(edge)
    else adjacency.set(edge.from, [...(adjacency.get(edge.from) ?? []), edge.to])
  }
  return upward
}

/** Longest path down to a group that imports nothing drawn: the layer count stays as small as it can. */
function layersOf(names: readonly string[], downward: readonly GroupEdge[]): Map<string, number> {
  const layers = new Map<string, number>()
  const layerOf = (name: string): number => {
    const known = layers.get(name)
    if (known !== undefined) return known
    const below = downward.filter((edge) => edge.from === name).map((edge) => layerOf(edge.to) + 1)
    const layer = Math.max(0, ...below)
    layers.set(name, layer)
    return layer
  }
  for (const name of names) layerOf(name)
  return layers
}

/** Barycentre ordering: each item moves towards the items it is linked to in the neighbouring row. */
function orderRows(rows: string[][], chains: readonly Chain[]): void {
  const neighbours = new Map<string, string[]>()
  for (const { keys } of chains) {
    for (let step = 1; step < keys.length; step += 1) {
      const [upper, lower] = [keys[step - 1] as string, keys[step] as string]
      neighbours.set(upper, [...(neighbours.get(upper) ?? []), lower])
      neighbours.set(lower, [...(neighbours.get(lower) ?? []), upper])
    }
  }
  const spread = (row: readonly string[]): Map<string, number> =>
    new Map(row.map((key, index) => [key, index / Math.max(1, row.length - 1)]))
  const reorder = (row: string[], reference: readonly string[]): void => {
    const position = spread(reference)
    const own = spread(row)
    const keys = new Map(
      row.map((key) => {
        const linked = (neighbours.get(key) ?? []).flatMap((other) => position.get(other) ?? [])
        const mean = linked.reduce((sum, value) => sum + value, 0) / linked.length
        return [key, linked.length === 0 ? (own.get(key) ?? 0) : mean]
      }),
    )
    row.sort((left, right) => (keys.get(left) ?? 0) - (keys.get(right) ?? 0))
  }
  for (let sweep = 0; sweep < ORDERING_SWEEPS; sweep += 1) {
    const downwards = sweep % 2 === 0
    for (let step = 1; step < rows.length; step += 1) {
      const index = downwards ? step : rows.length - 1 - step
      const row = rows[index]
      const reference = rows[downwards ? index - 1 : index + 1]
      if (row !== undefined && reference !== undefined) reorder(row, reference)
    }
  }
}

/** Spreads the ends of a node's edges along one side, in the order of where they go next. */
function portPositions(ends: readonly { chain: Chain; nextX: number }[], nodeX: number): Map<Chain, number> {
  const sorted = [...ends].sort((left, right) => left.nextX - right.nextX)
  return new Map(
    sorted.map(({ chain }, index) => [chain, nodeX + ((index + 1) * NODE_WIDTH) / (sorted.length + 1)]),
  )
}

/** Vertical curves across the gaps between rows, straight down through the rows an edge passes. */
function pathThrough(points: readonly Point[]): string {
  const [start, ...rest] = points
  if (start === undefined) return ''
  let path = `M ${start.x} ${start.y}`
  rest.forEach((point, index) => {
    const previous = points[index] as Point
    const middleY = (previous.y + point.y) / 2
    path +=
      index % 2 === 0
        ? ` C ${previous.x} ${middleY}, ${point.x} ${middleY}, ${point.x} ${point.y}`
        : ` L ${point.x} ${point.y}`
  })
  return path
}

/**
 * Lays the module groups out in layers, importers above what they import, with only the heaviest
 * dependencies drawn (Sugiyama's method, cut down): an edge that spans several layers bends through
 * a gap in each row it passes instead of running behind the boxes.
 */
export function layoutGroupGraph(
  groups: readonly ModuleGroup[],
  edges: readonly GroupEdge[],
  limits: GraphLimits = DEFAULT_LIMITS,
): GroupGraphLayout {
  const shown = groups.slice(0, limits.groups)
  const names = new Set(shown.map((group) => group.name))
  const betweenGroups = edges.filter((edge) => edge.from !== edge.to)
  const drawn = betweenGroups
    .filter((edge) => names.has(edge.from) && names.has(edge.to))
    .sort((left, right) => right.imports - left.imports)
    .slice(0, limits.edges)
  const upward = upwardEdges(drawn)
  const layers = layersOf(
    [...names],
    drawn.filter((edge) => !upward.has(edge)),
  )
  const topLayer = Math.max(0, ...layers.values())
  const rowOf = (name: string): number => topLayer - (layers.get(name) ?? 0)

  const rows: string[][] = Array.from({ length: topLayer + 1 }, () => [])
  for (const group of shown) rows[rowOf(group.name)]?.push(group.name)
  const chains: Chain[] = drawn.map((edge, index) => {
    const isUpward = upward.has(edge)
    const [upper, lower] = isUpward ? [edge.to, edge.from] : [edge.from, edge.to]
    const bends: string[] = []
    for (let row = rowOf(upper) + 1; row < rowOf(lower); row += 1) {
      const key = `#${index}:${row}`
      rows[row]?.push(key)
      bends.push(key)
    }
    return { edge, upward: isUpward, keys: [upper, ...bends, lower] }
  })
  orderRows(rows, chains)

  const widthOf = (key: string): number => (names.has(key) ? NODE_WIDTH : BEND_WIDTH)
  const rowWidth = (row: readonly string[]): number =>
    row.reduce((sum, key) => sum + widthOf(key), 0) + Math.max(0, row.length - 1) * COLUMN_GAP
  const width = MARGIN * 2 + Math.max(NODE_WIDTH, ...rows.map(rowWidth))
  const rowY = (row: number): number => MARGIN + row * (NODE_HEIGHT + ROW_GAP)
  const left = new Map<string, number>()
  rows.forEach((row) => {
    let x = (width - rowWidth(row)) / 2
    for (const key of row) {
      left.set(key, x)
      x += widthOf(key) + COLUMN_GAP
    }
  })
  const centre = (key: string): number => (left.get(key) ?? 0) + widthOf(key) / 2

  const nodes: GraphNode[] = shown.map((group) => ({
    group,
    layer: layers.get(group.name) ?? 0,
    x: left.get(group.name) ?? 0,
    y: rowY(rowOf(group.name)),
  }))

  // Each chain leaves its upper group's bottom and enters its lower group's top.
  const bottomEnds = new Map<string, { chain: Chain; nextX: number }[]>()
  const topEnds = new Map<string, { chain: Chain; nextX: number }[]>()
  for (const chain of chains) {
    const upper = chain.keys[0] as string
    const lower = chain.keys.at(-1) as string
    bottomEnds.set(upper, [
      ...(bottomEnds.get(upper) ?? []),
      { chain, nextX: centre(chain.keys[1] as string) },
    ])
    topEnds.set(lower, [...(topEnds.get(lower) ?? []), { chain, nextX: centre(chain.keys.at(-2) as string) }])
  }
  const bottomPorts = new Map(
    [...bottomEnds].map(([name, ends]) => [name, portPositions(ends, left.get(name) ?? 0)]),
  )
  const topPorts = new Map(
    [...topEnds].map(([name, ends]) => [name, portPositions(ends, left.get(name) ?? 0)]),
  )

  const heaviest = Math.max(1, ...drawn.map((edge) => edge.imports))
  const graphEdges: GraphEdge[] = chains.map((chain) => {
    const upper = chain.keys[0] as string
    const lower = chain.keys.at(-1) as string
    const points: Point[] = [
      { x: bottomPorts.get(upper)?.get(chain) ?? centre(upper), y: rowY(rowOf(upper)) + NODE_HEIGHT },
      ...chain.keys.slice(1, -1).flatMap((key, index) => {
        const y = rowY(rowOf(upper) + index + 1)
        return [
          { x: centre(key), y },
          { x: centre(key), y: y + NODE_HEIGHT },
        ]
      }),
      { x: topPorts.get(lower)?.get(chain) ?? centre(lower), y: rowY(rowOf(lower)) },
    ]
    const [first, second] = points as [Point, Point]
    return {
      from: chain.edge.from,
      to: chain.edge.to,
      imports: chain.edge.imports,
      upward: chain.upward,
      // Drawn from importer to imported, so the arrowhead lands on the imported group.
      path: pathThrough(chain.upward ? [...points].reverse() : points),
      labelX: (first.x + second.x) / 2,
      labelY: (first.y + second.y) / 2,
      strokeWidth: 1 + (5 * Math.log1p(chain.edge.imports)) / Math.log1p(heaviest),
    }
  })

  return {
    width,
    height: MARGIN * 2 + rows.length * NODE_HEIGHT + (rows.length - 1) * ROW_GAP,
    nodes,
    edges: graphEdges,
    hiddenGroups: groups.length - shown.length,
    hiddenEdges: betweenGroups.length - drawn.length,
  }
}

/** Fits a group name in a node, keeping its end, where the distinguishing folder is. */
export function fitLabel(name: string, maxChars: number): string {
  return name.length <= maxChars ? name : `…${name.slice(name.length - maxChars + 1)}`
}
