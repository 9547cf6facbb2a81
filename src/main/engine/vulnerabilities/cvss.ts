/**
 * CVSS v3.0 / v3.1 base score from a vector string, by the formula of the FIRST specification
 * (https://www.first.org/cvss/v3.1/specification-document, section 7.1). Temporal and environmental
 * metrics may be present in the vector; only the base metrics count.
 */

export type CvssSeverity = 'critical' | 'high' | 'medium' | 'low'

const WEIGHTS = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  UI: { N: 0.85, R: 0.62 },
  C: { H: 0.56, L: 0.22, N: 0 },
  I: { H: 0.56, L: 0.22, N: 0 },
  A: { H: 0.56, L: 0.22, N: 0 },
} as const
/** Privileges Required weighs more when the attack reaches beyond the vulnerable component. */
const PRIVILEGES = {
  unchanged: { N: 0.85, L: 0.62, H: 0.27 },
  changed: { N: 0.85, L: 0.68, H: 0.5 },
} as const
const BASE_METRICS = ['AV', 'AC', 'PR', 'UI', 'S', 'C', 'I', 'A'] as const
type BaseMetric = (typeof BASE_METRICS)[number]

function weight<Table extends Record<string, number>>(table: Table, value: string): number | null {
  return Object.hasOwn(table, value) ? (table[value] ?? null) : null
}

/** CVSS 3.1's Roundup: the smallest one-decimal number ≥ x, computed on integers so 4.000000001 stays 4.0. */
function roundUp(value: number): number {
  const scaled = Math.round(value * 100_000)
  return scaled % 10_000 === 0 ? scaled / 100_000 : (Math.floor(scaled / 10_000) + 1) / 10
}

/** The base score 0.0–10.0, or null when the vector is not a complete, well-formed CVSS 3.x vector. */
export function cvss3BaseScore(vector: string): number | null {
  const [prefix, ...parts] = vector.trim().split('/')
  if (prefix !== 'CVSS:3.0' && prefix !== 'CVSS:3.1') return null
  const metrics = new Map<string, string>()
  for (const part of parts) {
    const [key, value, extra] = part.split(':')
    if (key === undefined || value === undefined || extra !== undefined || metrics.has(key)) return null
    metrics.set(key, value)
  }
  const base = Object.fromEntries(
    BASE_METRICS.map((metric) => [metric, metrics.get(metric) ?? '']),
  ) as Record<BaseMetric, string>
  if (base.S !== 'U' && base.S !== 'C') return null
  const changed = base.S === 'C'
  const attackVector = weight(WEIGHTS.AV, base.AV)
  const attackComplexity = weight(WEIGHTS.AC, base.AC)
  const privileges = weight(changed ? PRIVILEGES.changed : PRIVILEGES.unchanged, base.PR)
  const userInteraction = weight(WEIGHTS.UI, base.UI)
  const confidentiality = weight(WEIGHTS.C, base.C)
  const integrity = weight(WEIGHTS.I, base.I)
  const availability = weight(WEIGHTS.A, base.A)
  if (
    attackVector === null ||
    attackComplexity === null ||
    privileges === null ||
    userInteraction === null ||
    confidentiality === null ||
    integrity === null ||
    availability === null
  )
    return null

  const impactSubScore = 1 - (1 - confidentiality) * (1 - integrity) * (1 - availability)
  const impact = changed
    ? 7.52 * (impactSubScore - 0.029) - 3.25 * Math.pow(impactSubScore - 0.02, 15)
    : 6.42 * impactSubScore
  const exploitability = 8.22 * attackVector * attackComplexity * privileges * userInteraction
  if (impact <= 0) return 0
  return roundUp(Math.min(changed ? 1.08 * (impact + exploitability) : impact + exploitability, 10))
}

/** The qualitative rating of a score; a score of 0.0 ("none") has no rating. */
export function cvssSeverity(score: number): CvssSeverity | null {
  if (score >= 9) return 'critical'
  if (score >= 7) return 'high'
  if (score >= 4) return 'medium'
  if (score > 0) return 'low'
  return null
}
