import { describe, expect, it } from 'vitest'
import { COCOMO_ORGANIC, estimateCocomo } from '../../../../src/main/exports/pdf/cocomo'
import {
  hourlyRate,
  remediationCost,
  WORKING_DAYS_PER_YEAR,
} from '../../../../src/main/exports/pdf/remediation-cost'
import { DEFAULT_COST_ASSUMPTIONS, type SnapshotDebtItem } from '../../../../src/shared/report/audit-snapshot'

describe('estimateCocomo (basic COCOMO, organic, as scc computes it)', () => {
  it('uses the organic coefficients', () => {
    expect(COCOMO_ORGANIC).toEqual({ a: 2.4, b: 1.05, c: 2.5, d: 0.38 })
  })

  it('works out 10 KLOC at scc’s default wage and overhead as by hand', () => {
    // effort   = 2.4 × 10^1.05 = 2.4 × 11.22018 = 26.9284 person-months
    // schedule = 2.5 × 26.9284^0.38 = 2.5 × e^(0.38 × 3.29317) = 2.5 × 3.49527 = 8.7382 months
    // people   = 26.9284 ÷ 8.7382 = 3.0817
    // cost     = 26.9284 × (56,286 ÷ 12) × 2.4 = 26.9284 × 4,690.5 × 2.4 = 303,139
    const estimate = estimateCocomo(10_000, 56_286, 2.4)
    expect(estimate.kloc).toBe(10)
    expect(estimate.effortPersonMonths).toBeCloseTo(26.9284, 3)
    expect(estimate.scheduleMonths).toBeCloseTo(8.7382, 3)
    expect(estimate.developers).toBeCloseTo(3.0817, 3)
    expect(estimate.cost).toBeCloseTo(303_138.87, 1)
  })

  it('agrees with scc’s own tests (processor/cocomo_test.go)', () => {
    expect(estimateCocomo(26, 56_000, 2.4).cost).toBeGreaterThan(580)
    expect(estimateCocomo(26, 56_000, 2.4).cost).toBeLessThan(585)
    expect(estimateCocomo(77_873, 56_000, 2.4).cost).toBeCloseTo(2_602_468.7, 0)
    expect(estimateCocomo(537, 56_000, 2.4).scheduleMonths).toBeCloseTo(2.72, 2)
  })

  it('keeps the monthly wage fractional (56,286 ÷ 12 = 4,690.5, as scc’s precision test demands)', () => {
    const estimate = estimateCocomo(100_000, 56_286, 2.4)
    expect(estimate.cost).toBeCloseTo(estimate.effortPersonMonths * 4_690.5 * 2.4, 6)
  })

  it('is all zeros for no code, without dividing by zero', () => {
    expect(estimateCocomo(0, 56_286, 2.4)).toEqual({
      codeLines: 0,
      kloc: 0,
      effortPersonMonths: 0,
      scheduleMonths: 0,
      developers: 0,
      cost: 0,
    })
  })
})

const item = (status: SnapshotDebtItem['status'], effortHours: number): SnapshotDebtItem => ({
  id: `${status}-${effortHours}`,
  title: 'x',
  ruleId: 'r',
  category: 'debt',
  severity: 'medium',
  repoNames: ['repo'],
  locations: ['a.ts'],
  findingCount: 1,
  effortHours,
  churnCommits: 0,
  interest: 1,
  priority: 1,
  priorityOverridden: false,
  priorityExplanation: '',
  status,
  owner: '',
  notes: '',
  remediation: '',
})

describe('remediation cost', () => {
  it('derives the hourly rate from the same wage and overhead over 220 working days', () => {
    // 56,286 × 2.4 ÷ (220 × 8) = 135,086.4 ÷ 1,760 = 76.7536
    expect(WORKING_DAYS_PER_YEAR).toBe(220)
    expect(hourlyRate(DEFAULT_COST_ASSUMPTIONS)).toBeCloseTo(76.7536, 4)
    expect(hourlyRate({ ...DEFAULT_COST_ASSUMPTIONS, hoursPerDay: 7.5 })).toBeCloseTo(135_086.4 / 1_650, 6)
  })

  it('prices open items only', () => {
    const cost = remediationCost(
      [item('open', 10), item('open', 2.5), item('accepted', 100), item('false-positive', 100)],
      DEFAULT_COST_ASSUMPTIONS,
    )
    expect(cost.openItems).toBe(2)
    expect(cost.hours).toBe(12.5)
    expect(cost.personDays).toBeCloseTo(12.5 / 8, 9)
    expect(cost.cost).toBeCloseTo(12.5 * 76.753636, 3)
  })
})
