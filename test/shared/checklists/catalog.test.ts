import { describe, expect, it } from 'vitest'
import { forStage, parseChecklistCatalog } from '../../../src/shared/checklists/catalog'
import { checklist, item } from './fixtures'

describe('parseChecklistCatalog', () => {
  it('loads valid files in the preferred order', () => {
    const catalog = parseChecklistCatalog({
      'zeta.json': checklist('zeta', [item({ id: 'zeta.one' })]),
      'security.json': checklist('security', [item({ id: 'security.one' })]),
      'scalability.json': checklist('scalability', [item({ id: 'scalability.one' })]),
    })
    expect(catalog.problems).toEqual([])
    expect(catalog.checklists.map((entry) => entry.id)).toEqual(['scalability', 'security', 'zeta'])
  })

  it('names the file and the exact field of each problem, and still loads the other files', () => {
    const broken = checklist('security', [
      item({ id: 'security.one' }),
      item({ id: 'security.two', weight: 9 }),
    ])
    const catalog = parseChecklistCatalog({
      'security.json': broken,
      'ok.json': checklist('ok', [item({ id: 'ok.one' })]),
    })
    expect(catalog.problems).toEqual([
      'security.json › sections[0].items[1].weight: Too big: expected number to be <=5',
    ])
    expect(catalog.checklists.map((entry) => entry.id)).toEqual(['ok'])
  })

  it.each([
    [
      'an item id outside its checklist',
      checklist('security', [item({ id: 'tech-debt.one' })]),
      'security.json › sections[0].items[0].id: item ids start with the checklist id: "security."',
    ],
    [
      'a duplicate item id',
      checklist('security', [item({ id: 'security.one' }), item({ id: 'security.one' })]),
      'security.json › sections[0].items[1].id: duplicate item id "security.one"',
    ],
    [
      'an unknown stage',
      checklist('security', [item({ id: 'security.one', stages: ['seed' as never] })]),
      'security.json › sections[0].items[0].stages[0]: Invalid option: expected one of "pre-product"|"product-market-fit"|"growth"',
    ],
    [
      'an evidence rule with a malformed metric id',
      checklist('security', [
        item({
          id: 'security.one',
          evidence: [
            {
              source: 'metric',
              metricId: 'truck',
              op: '<',
              value: 2,
              suggests: 'no',
              confidence: 'high',
              reason: 'a reason long enough',
            },
          ],
        }),
      ]),
      'security.json › sections[0].items[0].evidence[0].metricId: a metric id is <analyzer>/<metric>',
    ],
    [
      'not a checklist at all',
      { hello: 'world' },
      'security.json › id: Invalid input: expected string, received undefined',
    ],
  ])('refuses %s', (_, content, problem) => {
    expect(parseChecklistCatalog({ 'security.json': content }).problems).toContain(problem)
  })

  it('refuses an item id another file already defines', () => {
    const catalog = parseChecklistCatalog({
      'a.json': checklist('security', [item({ id: 'security.one' })]),
      'b.json': checklist('security', [item({ id: 'security.two' })]),
    })
    expect(catalog.problems).toEqual(['b.json › security: already defined in a.json'])
  })
})

describe('forStage', () => {
  it('keeps the items of the stage and drops sections left empty', () => {
    const growthOnly = item({ id: 'x.growth', stages: ['growth'] })
    const always = item({ id: 'x.always' })
    const list = {
      ...checklist('x', [always, growthOnly]),
      sections: [
        { id: 'a', title: 'Section A', items: [always, growthOnly] },
        { id: 'b', title: 'Section B', items: [growthOnly] },
      ],
    }
    expect(forStage(list, 'pre-product').sections).toEqual([{ id: 'a', title: 'Section A', items: [always] }])
    expect(forStage(list, 'growth').sections).toHaveLength(2)
  })
})
