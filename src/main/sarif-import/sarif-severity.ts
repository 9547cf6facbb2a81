import type { Severity } from '../../shared/domain/finding'
import type { SarifLevel } from './sarif-log-schema'

/**
 * How an imported result's severity is decided:
 * 1. A `security-severity` score (the result's own, else its rule's), as GitHub code scanning reads it:
 *    9.0 or more is critical, 7.0 or more high, 4.0 or more medium, anything above 0 low.
 * 2. Otherwise the SARIF level (the result's, else the rule's default, else SARIF's default "warning"):
 *    error → high, warning → medium, note → low, none → info. A level never says critical: tools use
 *    "error" for anything from a broken build to a typo, so only a score can claim the top band.
 */
const LEVEL_SEVERITY: Record<SarifLevel, Severity> = {
  error: 'high',
  warning: 'medium',
  note: 'low',
  none: 'info',
}

export function severityFromScore(score: string | number | undefined): Severity | null {
  const value = typeof score === 'number' ? score : Number.parseFloat(score ?? '')
  if (!Number.isFinite(value) || value <= 0) return null
  if (value >= 9) return 'critical'
  if (value >= 7) return 'high'
  if (value >= 4) return 'medium'
  return 'low'
}

export interface SeverityDecision {
  severity: Severity
  /** The severity came from a security score: the result is a security problem whatever its tags say. */
  fromSecurityScore: boolean
}

export function decideSeverity(scores: (string | number | undefined)[], level: SarifLevel): SeverityDecision {
  for (const score of scores) {
    const severity = severityFromScore(score)
    if (severity !== null) return { severity, fromSecurityScore: true }
  }
  return { severity: LEVEL_SEVERITY[level], fromSecurityScore: false }
}

/** A default remediation estimate, as the engine's own rules give: worse problems take longer to fix well. */
export const DEFAULT_EFFORT_MINUTES: Record<Severity, number> = {
  critical: 240,
  high: 120,
  medium: 60,
  low: 30,
  info: 15,
}
