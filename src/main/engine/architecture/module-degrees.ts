import type { ModuleDegree } from '../../../shared/domain/facts/architecture-facts'
import type { ImportGraph } from './import-graph'

export const MAX_RANKED_MODULES = 20

export interface ModuleDegrees {
  mostDependedOn: ModuleDegree[]
  mostDependent: ModuleDegree[]
}

function top(graph: ImportGraph, counts: Int32Array): ModuleDegree[] {
  return [...counts.keys()]
    .filter((id) => (counts[id] as number) > 0)
    .sort((left, right) => (counts[right] as number) - (counts[left] as number) || left - right)
    .slice(0, MAX_RANKED_MODULES)
    .map((id) => ({ path: graph.modules[id]?.path ?? '', count: counts[id] as number }))
}

/**
 * Fan-in and fan-out over production code: a test importing a module says nothing about how the
 * application is put together, so imports from tests, and tests themselves, are left out.
 */
export function moduleDegrees(graph: ImportGraph, isTest: readonly boolean[]): ModuleDegrees {
  const fanIn = new Int32Array(graph.modules.length)
  const fanOut = new Int32Array(graph.modules.length)
  graph.edges.forEach((edges, from) => {
    if (isTest[from]) return
    for (const to of edges.keys()) {
      if (to === from || isTest[to]) continue
      fanOut[from] = (fanOut[from] as number) + 1
      fanIn[to] = (fanIn[to] as number) + 1
    }
  })
  return { mostDependedOn: top(graph, fanIn), mostDependent: top(graph, fanOut) }
}
