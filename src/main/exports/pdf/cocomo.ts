/**
 * Replacement cost of a codebase by basic COCOMO, organic mode, computed the way scc does
 * (boyter/scc processor/cocomo.go: EstimateEffort, EstimateScheduleMonths, EstimateCost), so the
 * figure can be checked against `scc` on the same code:
 *   effort (person-months) = a × KLOC^b × EAF       (EAF = 1)
 *   schedule (months)      = c × effort^d
 *   developers             = effort ÷ schedule
 *   cost                   = effort × (annual wage ÷ 12) × overhead
 * KLOC counts code lines only (no comments, no blanks), as scc does.
 */
export const COCOMO_ORGANIC = { a: 2.4, b: 1.05, c: 2.5, d: 0.38 } as const

export interface CocomoEstimate {
  codeLines: number
  kloc: number
  effortPersonMonths: number
  scheduleMonths: number
  /** 0 when there is no code (scc guards the division the same way). */
  developers: number
  cost: number
}

export function estimateCocomo(codeLines: number, annualWage: number, overhead: number): CocomoEstimate {
  const { a, b, c, d } = COCOMO_ORGANIC
  const lines = Math.max(0, codeLines)
  const kloc = lines / 1000
  const effortPersonMonths = a * kloc ** b
  const scheduleMonths = c * effortPersonMonths ** d
  return {
    codeLines: lines,
    kloc,
    effortPersonMonths,
    scheduleMonths,
    developers: scheduleMonths > 0 ? effortPersonMonths / scheduleMonths : 0,
    cost: effortPersonMonths * (annualWage / 12) * overhead,
  }
}
