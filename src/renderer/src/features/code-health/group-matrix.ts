import type { GroupEdge, ModuleGroup } from '../../../../shared/domain/facts/architecture-facts'

export interface GroupMatrix {
  /** Row and column headings alike, in the groups' order (largest first). */
  names: string[]
  /** `imports[row][column]`: import references from the row's group to the column's group. */
  imports: number[][]
  /** The heaviest cell between two different groups; imports inside a group would wash out the shading. */
  heaviest: number
  /** Pairs importing each other, `a` before `b` in `names`: the cycles between groups. */
  mutual: { a: string; b: string }[]
}

/** The group-to-group import counts as a square table: every dependency is shown, none drawn over another. */
export function groupMatrix(
  groups: readonly ModuleGroup[],
  edges: readonly GroupEdge[],
  limit: number,
): GroupMatrix {
  const names = groups.slice(0, limit).map((group) => group.name)
  const index = new Map(names.map((name, position) => [name, position]))
  const imports = names.map(() => names.map(() => 0))
  for (const edge of edges) {
    const row = index.get(edge.from)
    const column = index.get(edge.to)
    const cells = row === undefined ? undefined : imports[row]
    if (cells !== undefined && column !== undefined) cells[column] = (cells[column] ?? 0) + edge.imports
  }
  const mutual = names.flatMap((a, row) =>
    names
      .slice(row + 1)
      .filter(
        (_b, offset) =>
          (imports[row]?.[row + 1 + offset] ?? 0) > 0 && (imports[row + 1 + offset]?.[row] ?? 0) > 0,
      )
      .map((b) => ({ a, b })),
  )
  const between = imports.flatMap((cells, row) => cells.filter((_cell, column) => column !== row))
  return { names, imports, heaviest: Math.max(0, ...between), mutual }
}

/** 0 for no imports, up to 1 for the heaviest cell, on a log scale so light dependencies still show. */
export function cellShade(imports: number, heaviest: number): number {
  return imports <= 0 || heaviest <= 0 ? 0 : Math.log1p(imports) / Math.log1p(heaviest)
}
