import { describe, expect, it } from 'vitest'
import { selectCodeHealthFacts } from '../../../src/renderer/src/features/code-health/code-health-facts'
import { codeHealthStats } from '../../../src/renderer/src/features/code-health/code-health-stats'
import { architectureFacts, complexityFacts } from './fixtures'

describe('codeHealthStats', () => {
  it('sums the headline numbers of complexity and architecture', () => {
    const stats = codeHealthStats(
      selectCodeHealthFacts({ complexity: complexityFacts(), architecture: architectureFacts() }),
    )
    expect(stats.map(({ label, value }) => [label, value])).toEqual([
      ['Functions measured', '80'],
      ['Complex functions', '6'],
      ['Duplication', '4.3%'],
      ['Type-safety escapes', '15'],
      ['TODO / FIXME markers', '7'],
      ['tsconfigs not strict', '1'],
      ['Test ratio', '0.25'],
      ['Import cycles', '2'],
    ])
    const byLabel = new Map(stats.map((stat) => [stat.label, stat]))
    expect(byLabel.get('Complex functions')?.hint).toBe('8% over cognitive 15 or cyclomatic 20')
    expect(byLabel.get('Type-safety escapes')?.hint).toBe(
      '5 any · 2 @ts-ignore · 1 @ts-expect-error · 3 eslint-disable · 4 non-null !',
    )
    expect(byLabel.get('tsconfigs not strict')).toMatchObject({
      hint: 'of 3; 1 unknown, set outside the repository',
      tone: 'warning',
    })
    expect(byLabel.get('Import cycles')?.tone).toBe('warning')
  })

  it('says when there is no tsconfig, no production code or no cycle, without alarm', () => {
    const stats = codeHealthStats(
      selectCodeHealthFacts({
        complexity: complexityFacts({ tsconfigs: [] }),
        architecture: architectureFacts({
          cycles: { total: 0, modulesInCycles: 0, components: [] },
          tests: {
            testFiles: 1,
            testLines: 10,
            productionFiles: 0,
            productionLines: 0,
            ratio: null,
            frameworks: [],
          },
        }),
      }),
    )
    const byLabel = new Map(stats.map((stat) => [stat.label, stat]))
    expect(byLabel.get('tsconfigs not strict')).toEqual({
      label: 'tsconfigs not strict',
      value: '—',
      hint: 'no tsconfig.json found',
    })
    expect(byLabel.get('Test ratio')?.value).toBe('—')
    expect(byLabel.get('Import cycles')?.tone).toBeUndefined()
  })

  it('adds no tile for a part the run did not measure', () => {
    expect(
      codeHealthStats(selectCodeHealthFacts({ architecture: architectureFacts() })).map((s) => s.label),
    ).toEqual(['Test ratio', 'Import cycles'])
    expect(codeHealthStats(selectCodeHealthFacts(null))).toEqual([])
  })
})
