import type { CostAssumptions, SnapshotDebtItem } from '../../../shared/report/audit-snapshot'

/**
 * What fixing the open debt would cost, priced with the same wage and overhead as the COCOMO
 * estimate so the two figures on the cost page are comparable:
 *   hourly rate = annual wage × overhead ÷ (working days per year × hours per day)
 *   cost        = Σ effort hours of the open debt items × hourly rate
 */
export const WORKING_DAYS_PER_YEAR = 220

export function hourlyRate({ annualWage, overhead, hoursPerDay }: CostAssumptions): number {
  return (annualWage * overhead) / (WORKING_DAYS_PER_YEAR * hoursPerDay)
}

export interface RemediationCost {
  openItems: number
  hours: number
  personDays: number
  hourlyRate: number
  cost: number
}

export function remediationCost(
  items: readonly SnapshotDebtItem[],
  assumptions: CostAssumptions,
): RemediationCost {
  const open = items.filter((item) => item.status === 'open')
  const hours = open.reduce((sum, item) => sum + item.effortHours, 0)
  const rate = hourlyRate(assumptions)
  return {
    openItems: open.length,
    hours,
    personDays: hours / assumptions.hoursPerDay,
    hourlyRate: rate,
    cost: hours * rate,
  }
}
