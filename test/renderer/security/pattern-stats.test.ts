import { describe, expect, it } from 'vitest'
import { noPatternsText, patternStats } from '../../../src/renderer/src/features/security/pattern-stats'
import { securityPatternFacts } from './pattern-fixtures'

describe('patternStats', () => {
  it('counts occurrences by severity, the high and critical ones, and the files read per kind', () => {
    expect(patternStats(securityPatternFacts())).toEqual([
      {
        label: 'Insecure patterns',
        value: '4',
        hint: '1 critical · 1 high · 1 medium · 1 low · 0 info',
        tone: 'danger',
      },
      { label: 'High or critical', value: '2', hint: 'fix these first', tone: 'danger' },
      { label: 'Code files checked', value: '85', hint: 'JavaScript and TypeScript, read as syntax trees' },
      { label: 'Config files checked', value: '3', hint: '1 Dockerfile · 2 CI workflows' },
    ])
  })

  it('warns without alarm when only lower-severity patterns were found, and raises none for a clean run', () => {
    const lower = securityPatternFacts({
      countsBySeverity: { critical: 0, high: 0, medium: 2, low: 0, info: 0 },
    })
    expect(patternStats(lower)[0]?.tone).toBe('warning')
    expect(patternStats(lower)[1]).not.toHaveProperty('tone')
    const clean = securityPatternFacts({
      occurrences: [],
      countsBySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0 },
    })
    expect(patternStats(clean).filter((stat) => stat.tone !== undefined)).toEqual([])
  })
})

describe('noPatternsText', () => {
  it('says how much was read and what the rules cannot see, never that the code is safe', () => {
    expect(noPatternsText(securityPatternFacts({ occurrences: [] }))).toEqual({
      title: 'No insecure pattern found in 88 files',
      body: 'This does not prove the code is safe: the 4 rules recognise only the constructs they know, code in other languages is not read, and a flaw in the logic (a missing permission check) has no pattern.',
    })
  })

  it('says nothing was looked for when the repository has no file the rules read', () => {
    const facts = securityPatternFacts({
      occurrences: [],
      filesChecked: { code: 0, dockerfile: 0, 'ci-workflow': 0 },
    })
    expect(noPatternsText(facts).title).toBe('Nothing the rules read')
  })
})
