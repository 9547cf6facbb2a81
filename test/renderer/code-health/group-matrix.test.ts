import { describe, expect, it } from 'vitest'
import type { ModuleGroup } from '../../../src/shared/domain/facts/architecture-facts'
import { cellShade, groupMatrix } from '../../../src/renderer/src/features/code-health/group-matrix'

const group = (name: string): ModuleGroup => ({ name, kind: 'folder', files: 1, lines: 1 })

describe('groupMatrix', () => {
  const groups = [group('api/'), group('lib/'), group('db/')]

  it('lays the import counts out from row to column, in the groups order', () => {
    const matrix = groupMatrix(
      groups,
      [
        { from: 'api/', to: 'lib/', imports: 7 },
        { from: 'lib/', to: 'db/', imports: 3 },
        { from: 'api/', to: 'api/', imports: 40 },
      ],
      10,
    )
    expect(matrix.names).toEqual(['api/', 'lib/', 'db/'])
    expect(matrix.imports).toEqual([
      [40, 7, 0],
      [0, 0, 3],
      [0, 0, 0],
    ])
    // Imports inside a group do not set the scale.
    expect(matrix.heaviest).toBe(7)
    expect(matrix.mutual).toEqual([])
  })

  it('finds the pairs of groups that import each other', () => {
    const matrix = groupMatrix(
      groups,
      [
        { from: 'db/', to: 'api/', imports: 1 },
        { from: 'api/', to: 'db/', imports: 4 },
      ],
      10,
    )
    expect(matrix.mutual).toEqual([{ a: 'api/', b: 'db/' }])
  })

  it('keeps the largest groups only, and drops edges to the others', () => {
    const matrix = groupMatrix(groups, [{ from: 'api/', to: 'db/', imports: 4 }], 2)
    expect(matrix.names).toEqual(['api/', 'lib/'])
    expect(matrix.imports).toEqual([
      [0, 0],
      [0, 0],
    ])
    expect(matrix.heaviest).toBe(0)
  })
})

describe('cellShade', () => {
  it('is 0 for nothing, 1 for the heaviest, and shows light cells on a log scale', () => {
    expect(cellShade(0, 100)).toBe(0)
    expect(cellShade(100, 100)).toBe(1)
    expect(cellShade(1, 100)).toBeGreaterThan(0.1)
    expect(cellShade(3, 0)).toBe(0)
  })
})
