import { describe, expect, it } from 'vitest'
import type { GroupEdge, ModuleGroup } from '../../../src/shared/domain/facts/architecture-facts'
import {
  fitLabel,
  layoutGroupGraph,
  NODE_HEIGHT,
  NODE_WIDTH,
  type GroupGraphLayout,
} from '../../../src/renderer/src/features/code-health/group-graph-layout'

function group(name: string, files = 10): ModuleGroup {
  return { name, kind: 'folder', files, lines: files * 100 }
}
const edge = (from: string, to: string, imports: number): GroupEdge => ({ from, to, imports })

const layerOf = (layout: GroupGraphLayout, name: string): number | undefined =>
  layout.nodes.find((node) => node.group.name === name)?.layer
const nodeAt = (layout: GroupGraphLayout, name: string): { x: number; y: number } => {
  const node = layout.nodes.find((candidate) => candidate.group.name === name)
  if (node === undefined) throw new Error(`${name} not drawn`)
  return node
}

describe('layoutGroupGraph', () => {
  const groups = [group('web/'), group('api/'), group('lib/'), group('db/')]

  it('puts each importer above what it imports, in as few layers as the longest chain needs', () => {
    const layout = layoutGroupGraph(groups, [
      edge('web/', 'api/', 12),
      edge('api/', 'lib/', 8),
      edge('api/', 'db/', 5),
      edge('web/', 'lib/', 3),
      edge('lib/', 'db/', 2),
    ])
    expect(Object.fromEntries(layout.nodes.map((node) => [node.group.name, node.layer]))).toEqual({
      'web/': 3,
      'api/': 2,
      'lib/': 1,
      'db/': 0,
    })
    expect(nodeAt(layout, 'web/').y).toBeLessThan(nodeAt(layout, 'api/').y)
    expect(nodeAt(layout, 'lib/').y).toBeLessThan(nodeAt(layout, 'db/').y)
    expect(layout.edges.every((drawn) => !drawn.upward)).toBe(true)
    expect(layout.height).toBe(12 * 2 + 4 * NODE_HEIGHT + 3 * 84)
  })

  it('breaks a cycle between groups at its lightest edge, which it draws as upward', () => {
    const layout = layoutGroupGraph(groups.slice(0, 2), [edge('web/', 'api/', 20), edge('api/', 'web/', 2)])
    expect(layerOf(layout, 'web/')).toBe(1)
    expect(layerOf(layout, 'api/')).toBe(0)
    expect(layout.edges.map((drawn) => [drawn.from, drawn.to, drawn.upward])).toEqual([
      ['web/', 'api/', false],
      ['api/', 'web/', true],
    ])
    // An upward edge leaves the top of the lower box and enters the bottom of the upper one.
    const upward = layout.edges[1]
    expect(upward?.path).toMatch(new RegExp(`^M [\\d.]+ ${nodeAt(layout, 'api/').y} C`))
    expect(upward?.path).toMatch(new RegExp(` ${nodeAt(layout, 'web/').y + NODE_HEIGHT}$`))
  })

  it('bends an edge that spans layers through a gap in the row it passes, not behind a box', () => {
    const layout = layoutGroupGraph(groups.slice(0, 3), [
      edge('web/', 'api/', 9),
      edge('api/', 'lib/', 9),
      edge('web/', 'lib/', 4),
    ])
    const long = layout.edges.find((drawn) => drawn.from === 'web/' && drawn.to === 'lib/')
    const api = nodeAt(layout, 'api/')
    const bend = long?.path.match(/ L ([\d.]+) ([\d.]+)/)
    expect(bend).not.toBeNull()
    const bendX = Number(bend?.[1])
    expect(Number(bend?.[2])).toBe(api.y + NODE_HEIGHT)
    expect(bendX < api.x || bendX > api.x + NODE_WIDTH).toBe(true)
  })

  it('draws only the heaviest edges among the largest groups, and says how many it left out', () => {
    const layout = layoutGroupGraph(
      groups,
      [edge('web/', 'api/', 9), edge('api/', 'lib/', 7), edge('lib/', 'db/', 1), edge('web/', 'db/', 1)],
      { groups: 3, edges: 1 },
    )
    expect(layout.nodes.map((node) => node.group.name).sort()).toEqual(['api/', 'lib/', 'web/'])
    expect(layout.edges.map((drawn) => `${drawn.from}→${drawn.to}`)).toEqual(['web/→api/'])
    expect(layout.hiddenGroups).toBe(1)
    expect(layout.hiddenEdges).toBe(3)
  })

  it('leaves imports inside a group out of the drawing', () => {
    const layout = layoutGroupGraph(groups.slice(0, 2), [edge('web/', 'web/', 50), edge('web/', 'api/', 1)])
    expect(layout.edges).toHaveLength(1)
    expect(layout.hiddenEdges).toBe(0)
  })

  it('scales arrow widths from 1 to 6 with the number of imports', () => {
    const layout = layoutGroupGraph(groups.slice(0, 3), [edge('web/', 'api/', 100), edge('web/', 'lib/', 1)])
    const widths = layout.edges.map((drawn) => drawn.strokeWidth)
    expect(widths[0]).toBe(6)
    expect(widths[1]).toBeGreaterThan(1)
    expect(widths[1]).toBeLessThan(2)
  })

  it('orders a row so that boxes sit near what they link to, keeping boxes apart', () => {
    const layout = layoutGroupGraph(
      [group('a/'), group('b/'), group('x/'), group('y/')],
      [edge('a/', 'y/', 5), edge('b/', 'x/', 5)],
    )
    expect(nodeAt(layout, 'a/').x < nodeAt(layout, 'b/').x).toBe(
      nodeAt(layout, 'y/').x < nodeAt(layout, 'x/').x,
    )
    const bottom = layout.nodes.filter((node) => node.layer === 0).map((node) => node.x)
    expect(Math.abs((bottom[0] ?? 0) - (bottom[1] ?? 0))).toBeGreaterThanOrEqual(NODE_WIDTH)
  })

  it('draws a lone group, and nothing for no groups', () => {
    expect(layoutGroupGraph([group('src/')], []).nodes).toHaveLength(1)
    const empty = layoutGroupGraph([], [])
    expect(empty.nodes).toEqual([])
    expect(empty.edges).toEqual([])
  })
})

describe('fitLabel', () => {
  it('keeps short names and the end of long ones', () => {
    expect(fitLabel('src/api/', 10)).toBe('src/api/')
    expect(fitLabel('packages/server/src/', 10)).toBe('…rver/src/')
  })
})
