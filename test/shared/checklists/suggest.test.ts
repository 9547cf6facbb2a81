import { describe, expect, it } from 'vitest'
import type { EvidenceRule } from '../../../src/shared/checklists/checklist-schema'
import { suggestAnswer, type RepoEvidence } from '../../../src/shared/checklists/suggest'
import { item } from './fixtures'

const truckFactorRules: EvidenceRule[] = [
  {
    source: 'metric',
    metricId: 'git-history/truck-factor',
    op: '>=',
    value: 3,
    suggests: 'yes',
    confidence: 'high',
    reason: 'Knowledge is spread across three or more people.',
  },
  {
    source: 'metric',
    metricId: 'git-history/truck-factor',
    op: '==',
    value: 2,
    suggests: 'partly',
    confidence: 'medium',
    reason: 'Two people hold most of the knowledge.',
  },
  {
    source: 'metric',
    metricId: 'git-history/truck-factor',
    op: '<=',
    value: 1,
    suggests: 'no',
    confidence: 'high',
    reason: 'One person holds most of the knowledge.',
  },
]
const secretRules: EvidenceRule[] = [
  {
    source: 'finding',
    ruleIds: ['secrets/*'],
    when: 'present',
    minSeverity: 'high',
    suggests: 'no',
    confidence: 'high',
    reason: 'Credentials are committed to the repository.',
  },
  {
    source: 'finding',
    ruleIds: ['secrets/*'],
    when: 'absent',
    suggests: 'yes',
    confidence: 'medium',
    reason: 'The secrets scan found nothing.',
  },
]

function repo(name: string, overrides: Partial<RepoEvidence> = {}): RepoEvidence {
  return {
    repoName: name,
    metrics: [],
    findings: [],
    succeededAnalyzers: ['inventory', 'git-history'],
    ...overrides,
  }
}
const truckFactor = (value: number) => [
  { id: 'git-history/truck-factor', label: 'Truck factor', value, unit: 'count' as const },
]

describe('suggestAnswer', () => {
  it('has no view when no rule matches, or the item has no rules', () => {
    expect(suggestAnswer(item({ id: 'x.a', evidence: truckFactorRules }), [repo('api')])).toBeNull()
    expect(suggestAnswer(item({ id: 'x.a' }), [repo('api', { metrics: truckFactor(1) })])).toBeNull()
  })

  it('proposes the answer of the matching metric rule, with the measured value as evidence', () => {
    const suggestion = suggestAnswer(item({ id: 'x.a', evidence: truckFactorRules }), [
      repo('api', { metrics: truckFactor(4) }),
    ])
    expect(suggestion).toMatchObject({
      status: 'yes',
      confidence: 'high',
      evidence: [
        {
          repoName: 'api',
          fact: 'Truck factor: 4',
          reason: 'Knowledge is spread across three or more people.',
          suggests: 'yes',
          findingFingerprints: [],
        },
      ],
    })
  })

  it('takes the most cautious answer across repositories and lists every repository’s evidence, worst first', () => {
    const suggestion = suggestAnswer(item({ id: 'x.a', evidence: truckFactorRules }), [
      repo('web', { metrics: truckFactor(3) }),
      repo('api', { metrics: truckFactor(2) }),
    ])
    expect(suggestion?.status).toBe('partly')
    expect(suggestion?.confidence).toBe('medium')
    expect(suggestion?.evidence.map((line) => `${line.repoName}: ${line.fact}`)).toEqual([
      'api: Truck factor: 2',
      'web: Truck factor: 3',
    ])
  })

  it('links the findings that prove a "no", above a minimum severity', () => {
    const findings = [
      {
        fingerprint: 'f1',
        ruleId: 'secrets/aws-access-key',
        severity: 'critical' as const,
        title: 'AWS access key in config.ts',
      },
      {
        fingerprint: 'f2',
        ruleId: 'secrets/generic-password',
        severity: 'low' as const,
        title: 'Password in a test fixture',
      },
    ]
    const suggestion = suggestAnswer(item({ id: 'x.a', evidence: secretRules }), [
      repo('api', { findings, succeededAnalyzers: ['secrets'] }),
    ])
    expect(suggestion).toMatchObject({
      status: 'no',
      evidence: [{ fact: '1 finding: AWS access key in config.ts', findingFingerprints: ['f1'] }],
    })
  })

  it('says "absent" only for analyzers that ran: a missing scan is not a clean one', () => {
    const rules = item({ id: 'x.a', evidence: secretRules })
    expect(suggestAnswer(rules, [repo('api')])).toBeNull()
    expect(suggestAnswer(rules, [repo('api', { succeededAnalyzers: ['secrets'] })])).toMatchObject({
      status: 'yes',
      evidence: [{ fact: 'No findings of secrets/*' }],
    })
  })

  it('stays silent where its onlyIf measure does not hold or was not taken', () => {
    const cleanCode: EvidenceRule = {
      source: 'finding',
      ruleIds: ['complexity/complex-function'],
      when: 'absent',
      onlyIf: { metricId: 'complexity/functions', op: '>', value: 0 },
      suggests: 'yes',
      confidence: 'medium',
      reason: 'Functions were measured and none is over the limits.',
    }
    const rules = item({ id: 'x.a', evidence: [cleanCode] })
    const functions = (value: number) => [
      { id: 'complexity/functions', label: 'Functions', value, unit: 'count' as const },
    ]
    const ran = { succeededAnalyzers: ['complexity'] }
    expect(suggestAnswer(rules, [repo('python-api', { ...ran, metrics: functions(0) })])).toBeNull()
    expect(suggestAnswer(rules, [repo('older-run', ran)])).toBeNull()
    expect(suggestAnswer(rules, [repo('web', { ...ran, metrics: functions(120) })])).toMatchObject({
      status: 'yes',
      evidence: [{ repoName: 'web', fact: 'No findings of complexity/complex-function' }],
    })
  })

  it('gives a key that changes when the evidence changes, and only then', () => {
    const rules = item({ id: 'x.a', evidence: truckFactorRules })
    const first = suggestAnswer(rules, [repo('api', { metrics: truckFactor(4) })])
    const same = suggestAnswer(rules, [repo('api', { metrics: truckFactor(4) })])
    const changed = suggestAnswer(rules, [repo('api', { metrics: truckFactor(5) })])
    expect(first?.key).toMatch(/^[0-9a-f]{8}$/)
    expect(same?.key).toBe(first?.key)
    expect(changed?.key).not.toBe(first?.key)
    expect(changed?.status).toBe(first?.status)
  })
})
