import { describe, expect, it } from 'vitest'
import type { Severity } from '../../../src/shared/domain/finding'
import { groupBySeverity } from '../../../src/shared/domain/severity-groups'

const item = (key: string, severity: Severity) => ({ key, severity })

describe('groupBySeverity', () => {
  it('puts the group with the most severe item first, then the largest, then by key, counting each severity', () => {
    const groups = groupBySeverity(
      [
        item('b', 'medium'),
        item('a', 'medium'),
        item('c', 'low'),
        item('b', 'low'),
        item('d', 'critical'),
        item('c', 'low'),
        item('e', 'medium'),
      ],
      (entry) => entry.key,
    )
    expect(groups.map((group) => [group.key, group.items.length])).toEqual([
      ['d', 1],
      ['b', 2],
      ['a', 1],
      ['e', 1],
      ['c', 2],
    ])
    expect(groups[1]?.severities).toEqual([
      { severity: 'medium', count: 1 },
      { severity: 'low', count: 1 },
    ])
  })

  it('keeps the items of a group in the order given', () => {
    const [group] = groupBySeverity([item('x', 'low'), item('x', 'high')], () => 'all')
    expect(group?.items).toEqual([item('x', 'low'), item('x', 'high')])
  })
})
