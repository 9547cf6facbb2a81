import type { Severity } from '../../../shared/domain/finding'
import type { SarifLevel } from './sarif-log'

/** SARIF has three levels of problem: critical and high are errors, medium a warning, the rest notes. */
export const SARIF_LEVEL: Record<Severity, SarifLevel> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
}

/**
 * GitHub code scanning ranks security alerts by `security-severity`, a CVSS-like score as a string:
 * 9.0 and over is critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low. Each severity gets a score in
 * the middle of its band; info has none, as it is not a vulnerability.
 */
export const SECURITY_SEVERITY: Record<Severity, string | null> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '2.0',
  info: null,
}
