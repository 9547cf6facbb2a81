import type { ImportCycle } from '../../../shared/domain/facts/architecture-facts'
import { shortestCycleThrough } from './cycle-path'
import type { ImportGraph } from './import-graph'
import { stronglyConnectedComponents } from './strongly-connected'

/** Components described in full; the rest are only counted. */
export const MAX_CYCLES = 100
/** Members and cycle steps kept in the facts of one component: more is not readable anyway. */
export const MAX_CYCLE_MEMBERS = 25
export const MAX_CYCLE_STEPS = 40

/** A cycle with everything the findings need: all members, and where the cycle's first import is. */
export interface CycleDetail {
  /** Sorted. */
  members: string[]
  /** Closed walk, complete. */
  path: string[]
  /** Line of the import from `path[0]` to `path[1]`. */
  firstLine: number
}

export interface ImportCycles {
  total: number
  modulesInCycles: number
  /** Largest first, then by first member; at most MAX_CYCLES. */
  details: CycleDetail[]
}

/**
 * The import cycles of the runtime graph: strongly connected components of more than one module,
 * or a module importing itself, each with the shortest cycle through its first module.
 */
export function findImportCycles(graph: ImportGraph): ImportCycles {
  const successors = graph.edges.map((edges) =>
    [...edges].filter(([, edge]) => edge.runtime).map(([target]) => target),
  )
  const cyclic = stronglyConnectedComponents(successors)
    .filter((component) => {
      const [only] = component
      return component.length > 1 || (only !== undefined && successors[only]?.includes(only) === true)
    })
    // Ids follow the sorted paths, so sorting ids sorts members by path.
    .map((component) => component.sort((left, right) => left - right))
    .sort((left, right) => right.length - left.length || (left[0] as number) - (right[0] as number))

  const componentOf = new Int32Array(successors.length).fill(-1)
  cyclic.forEach((component, index) => {
    for (const member of component) componentOf[member] = index
  })
  const pathOf = (id: number): string => graph.modules[id]?.path ?? ''
  const details = cyclic.slice(0, MAX_CYCLES).map((component, index): CycleDetail => {
    const start = component[0] as number
    const walk = shortestCycleThrough(start, successors, (node) => componentOf[node] === index)
    return {
      members: component.map(pathOf),
      path: walk.map(pathOf),
      firstLine: graph.edges[start]?.get(walk[1] as number)?.line ?? 1,
    }
  })
  return {
    total: cyclic.length,
    modulesInCycles: cyclic.reduce((sum, component) => sum + component.length, 0),
    details,
  }
}

/** A cycle as the facts keep it: a few members, the first steps of its path. */
export function cycleFacts(detail: CycleDetail): ImportCycle {
  const length = detail.path.length - 1
  return {
    size: detail.members.length,
    members: detail.members.slice(0, MAX_CYCLE_MEMBERS),
    path: detail.path.slice(0, MAX_CYCLE_STEPS + 1),
    length,
  }
}
