import { describe, expect, it } from 'vitest'
import { readGitHistory, readInventory } from '../../../../src/main/exports/pdf/facts'
import { likelihoodFromChurn } from '../../../../src/main/exports/pdf/risks'

describe('likelihoodFromChurn', () => {
  it('rates by commits to the affected files, and repository-wide items as medium', () => {
    expect(likelihoodFromChurn(null).level).toBe('medium')
    expect(likelihoodFromChurn(0).level).toBe('low')
    expect(likelihoodFromChurn(2).level).toBe('low')
    expect(likelihoodFromChurn(3).level).toBe('medium')
    expect(likelihoodFromChurn(9).level).toBe('medium')
    expect(likelihoodFromChurn(10)).toEqual({ level: 'high', reason: '10 commits to its files' })
  })
})

describe('facts readers', () => {
  it('return null when an analyzer left nothing', () => {
    expect(readInventory(null)).toBeNull()
    expect(readGitHistory({ 'git-history': 'garbage' })).toBeNull()
  })

  it('default what is missing and drop what is malformed instead of failing', () => {
    const history = readGitHistory({
      'git-history': {
        commitCount: '12',
        authors: [{ id: 'a', name: 'Ada', commits: 3, emails: ['a@x', 7] }, null, 'x'],
        files: [{ path: 'a.ts', commits: Number.NaN }],
        truckFactor: { value: 2, authorIds: ['a', 5] },
      },
    })
    expect(history?.commitCount).toBe(0)
    expect(history?.authors).toHaveLength(1)
    expect(history?.authors[0]?.emails).toEqual(['a@x'])
    expect(history?.files[0]?.commits).toBe(0)
    expect(history?.truckFactor).toEqual({ value: 2, authorIds: ['a'], filesConsidered: 0 })
    const inventory = readInventory({
      inventory: { totals: { code: 5 }, languages: [{ language: 'Go', code: 5 }] },
    })
    expect(inventory?.totals.code).toBe(5)
    expect(inventory?.languages[0]).toEqual({ language: 'Go', files: 0, code: 5, comment: 0, blank: 0 })
    expect(inventory?.excludedCounts.generated).toBe(0)
  })
})
