import { describe, expect, it } from 'vitest'
import { collectFindings, fingerprintOf, MAX_FINDINGS_PER_RULE } from '../../src/main/engine/collector'
import type { FindingDraft } from '../../src/main/engine/types'

function draft(overrides: Partial<FindingDraft> = {}): FindingDraft {
  return {
    ruleId: 'inventory/very-large-file',
    category: 'debt',
    severity: 'medium',
    title: 'Very large file',
    explanation: 'It is large.',
    location: { path: 'src/a.ts', line: null, column: null },
    evidence: null,
    effortMinutes: 60,
    remediation: 'Split it.',
    references: [],
    ...overrides,
  }
}

describe('fingerprints', () => {
  it('ignore whitespace and case in the snippet, so re-runs keep triage', () => {
    expect(fingerprintOf(draft({ snippet: 'const  A = 1' }))).toBe(
      fingerprintOf(draft({ snippet: 'const a = 1 ' })),
    )
  })

  it('differ by rule, path and snippet', () => {
    const base = fingerprintOf(draft({ snippet: 'x' }))
    expect(fingerprintOf(draft({ snippet: 'y' }))).not.toBe(base)
    expect(fingerprintOf(draft({ snippet: 'x', ruleId: 'inventory/other' }))).not.toBe(base)
    expect(fingerprintOf(draft({ snippet: 'x', location: { path: 'b.ts', line: 1, column: 1 } }))).not.toBe(
      base,
    )
  })
})

describe('collectFindings', () => {
  it('drops duplicates and strips the snippet from what is stored', () => {
    const { findings, warnings } = collectFindings([draft({ snippet: 's' }), draft({ snippet: 'S ' })])
    expect(findings).toHaveLength(1)
    expect(findings[0]).not.toHaveProperty('snippet')
    expect(findings[0]!.fingerprint).toMatch(/^[0-9a-f]{32}$/)
    expect(warnings).toEqual([])
  })

  it('caps a noisy rule and says how many were left out', () => {
    const drafts = Array.from({ length: MAX_FINDINGS_PER_RULE + 7 }, (_, index) =>
      draft({ snippet: `line ${index}` }),
    )
    const { findings, warnings } = collectFindings(drafts)
    expect(findings).toHaveLength(MAX_FINDINGS_PER_RULE)
    expect(warnings).toEqual([
      {
        analyzerId: 'inventory',
        message: `inventory/very-large-file: 7 more findings beyond the first ${MAX_FINDINGS_PER_RULE} were not stored`,
        path: null,
      },
    ])
  })
})
