import { describe, expect, it } from 'vitest'
import {
  degreeOfAuthorship,
  fileAuthorship,
  truckFactor,
  type FileAuthorship,
} from '../../../src/main/engine/history/truck-factor'

// Every expected number below is worked by hand from Avelino et al.'s formula:
// DOA = 3.293 + 1.098·FA + 0.164·DL − 0.321·ln(1 + AC)

describe('degreeOfAuthorship', () => {
  it.each([
    { created: true, own: 5, others: 0, doa: 5.211 },
    { created: false, own: 1, others: 5, doa: 2.8818 },
    { created: true, own: 1, others: 10, doa: 3.7853 },
    { created: false, own: 10, others: 1, doa: 4.7105 },
    { created: false, own: 0, others: 0, doa: 3.293 },
  ])('created=$created, own=$own, others=$others → $doa', ({ created, own, others, doa }) => {
    expect(degreeOfAuthorship(created, own, others)).toBeCloseTo(doa, 3)
  })
})

describe('fileAuthorship', () => {
  it('keeps a creator whose normalised DOA stays above 0.75 (3.785 / 4.711 = 0.80)', () => {
    const file = fileAuthorship({
      path: 'a.ts',
      creatorId: 'ada',
      changesByAuthor: new Map([
        ['ada', 1],
        ['grace', 10],
      ]),
    })
    expect(file).toEqual({ path: 'a.ts', authorIds: ['grace', 'ada'], topDeveloperId: 'grace' })
  })

  it('drops a creator overtaken by heavy later work (3.578 / 6.351 = 0.56)', () => {
    const file = fileAuthorship({
      path: 'a.ts',
      creatorId: 'ada',
      changesByAuthor: new Map([
        ['ada', 1],
        ['grace', 20],
      ]),
    })
    expect(file.authorIds).toEqual(['grace'])
  })

  it('names nobody when even the top developer is under the absolute threshold of 3.293', () => {
    // A file created by a bot (not counted) and touched once each by many people: 3.457 − 0.321·ln(8) = 2.79.
    const changes = new Map(Array.from({ length: 8 }, (_, index) => [`dev${index}`, 1] as const))
    const file = fileAuthorship({ path: 'a.ts', creatorId: 'bot', changesByAuthor: changes })
    expect(file.authorIds).toEqual([])
    expect(file.topDeveloperId).toBe('dev0')
  })
})

const owned = (path: string, ...authorIds: string[]): FileAuthorship => ({
  path,
  authorIds,
  topDeveloperId: authorIds[0] ?? '',
})

describe('truckFactor', () => {
  it('is 1 when one person authors more than half the files', () => {
    const files = [owned('1', 'ada'), owned('2', 'ada'), owned('3', 'ada'), owned('4', 'grace')]
    expect(truckFactor(files)).toEqual({ value: 1, authorIds: ['ada'], filesConsidered: 4 })
  })

  it('needs strictly more than half orphaned: an even split takes both people', () => {
    const files = [owned('1', 'ada'), owned('2', 'ada'), owned('3', 'grace'), owned('4', 'grace')]
    expect(truckFactor(files)).toEqual({ value: 2, authorIds: ['ada', 'grace'], filesConsidered: 4 })
  })

  it('removes the author of the most files first, and co-authored files survive one departure', () => {
    const files = [
      owned('1', 'ada', 'barbara'),
      owned('2', 'ada'),
      owned('3', 'ada'),
      owned('4', 'claude'),
      owned('5', 'claude'),
      owned('6', 'dennis'),
    ]
    // Without ada: 2 of 6 orphaned. Then claude (2 files) over barbara and dennis (1 each): 4 of 6.
    expect(truckFactor(files)).toEqual({ value: 2, authorIds: ['ada', 'claude'], filesConsidered: 6 })
  })

  it('is 0 when more than half the files have no author to begin with, and for no files', () => {
    expect(truckFactor([owned('1'), owned('2'), owned('3', 'ada')]).value).toBe(0)
    expect(truckFactor([])).toEqual({ value: 0, authorIds: [], filesConsidered: 0 })
  })
})
