import { SEVERITIES, type Severity } from '../../../shared/domain/finding'

/** Layout helpers shared by the sheets: they shape text, and toCell makes it safe afterwards. */

/** critical first; sorts by severity without string comparisons. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = Object.fromEntries(
  SEVERITIES.map((severity, index) => [severity, index]),
) as Record<Severity, number>

/**
 * Grouped debt-item ids join their parts with NUL (group-findings.ts). toCell would strip it and glue the
 * parts together, so show a visible separator instead, the same way on every sheet so ids still match.
 */
export function displayId(id: string): string {
  return id.replaceAll('\u0000', ' · ')
}

/** One entry per line: paths and evidence can contain commas, never a newline worth keeping. */
export function lines(values: readonly string[]): string {
  return values.join('\n')
}

export function orEmpty(value: string | null | undefined, fallback = ''): string {
  return value === null || value === undefined || value === '' ? fallback : value
}
