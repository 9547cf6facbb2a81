import { describe, expect, it } from 'vitest'
import type { GitHistoryFacts } from '../../../src/shared/domain/facts/git-history-facts'
import {
  measuredAnything,
  selectCodeHealthFacts,
} from '../../../src/renderer/src/features/code-health/code-health-facts'
import { architectureFacts, complexityFacts } from './fixtures'

const history = {
  authors: [],
  truckFactorByFolder: [{ folder: 'src', value: 1, authorIds: ['ada'], filesConsidered: 9 }],
} as unknown as GitHistoryFacts

describe('selectCodeHealthFacts', () => {
  it('has nothing measured for a run without facts', () => {
    const facts = selectCodeHealthFacts(null)
    expect(facts).toEqual({
      complexity: null,
      hotspots: null,
      architecture: null,
      truckFactorByFolder: null,
      authors: [],
    })
    expect(measuredAnything(facts)).toBe(false)
  })

  it('has nothing measured for a run of an engine before code health, even with its git history', () => {
    const facts = selectCodeHealthFacts({ 'git-history': history })
    expect(measuredAnything(facts)).toBe(false)
    expect(facts.truckFactorByFolder).toHaveLength(1)
  })

  it('marks the per-folder truck factor unmeasured when an older git history lacks it', () => {
    const older = { authors: [] } as unknown as GitHistoryFacts
    expect(selectCodeHealthFacts({ 'git-history': older }).truckFactorByFolder).toBeNull()
  })

  it('takes each part that was measured, leaving the others null', () => {
    const complexity = complexityFacts()
    const facts = selectCodeHealthFacts({ complexity })
    expect(facts.complexity).toBe(complexity)
    expect(facts.hotspots).toBeNull()
    expect(facts.architecture).toBeNull()
    expect(measuredAnything(facts)).toBe(true)
    expect(measuredAnything(selectCodeHealthFacts({ architecture: architectureFacts() }))).toBe(true)
  })
})
