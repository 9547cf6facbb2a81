import spdxCorrect from 'spdx-correct'
import parseSpdx from 'spdx-expression-parse'
import type { LicenceClass } from '../../../shared/domain/facts/dependency-facts'
import { LICENCE_TABLE, type LicenceTable } from './licence-table'

/**
 * Classes an SPDX licence expression. OR gives the licensee the choice, so the most permissive option
 * counts; AND binds to all, so the most restrictive counts. `WITH` an exception caps the licence at
 * the exception's class. Near-misses (`Apache 2`, `GPLv3`) are corrected first; `UNLICENSED`,
 * `SEE LICENSE IN …`, custom `LicenseRef-…` and anything unparseable are unknown.
 */

/** Expressions longer than this are not licences anyone wrote by hand, and parsing is not free. */
const MAX_EXPRESSION_LENGTH = 256

/** Restrictiveness for AND; for OR, unknown ranks last so any known option wins. */
const RANK: Readonly<Record<LicenceClass, number>> = {
  permissive: 0,
  'weak-copyleft': 1,
  'strong-copyleft': 2,
  'network-copyleft': 3,
  'non-commercial': 4,
  unknown: 5,
}

function leastRestrictive(left: LicenceClass, right: LicenceClass): LicenceClass {
  return RANK[left] <= RANK[right] ? left : right
}

function mostRestrictive(left: LicenceClass, right: LicenceClass): LicenceClass {
  return RANK[left] >= RANK[right] ? left : right
}

function classOf(info: parseSpdx.Info, table: LicenceTable): LicenceClass {
  if ('conjunction' in info) {
    const left = classOf(info.left, table)
    const right = classOf(info.right, table)
    return info.conjunction === 'or' ? leastRestrictive(left, right) : mostRestrictive(left, right)
  }
  const licence = table.licences.get(info.license) ?? 'unknown'
  const exception = info.exception === undefined ? undefined : table.exceptions.get(info.exception)
  return exception === undefined || licence === 'unknown' ? licence : leastRestrictive(licence, exception)
}

function corrected(identifier: string): string | null {
  try {
    return spdxCorrect(identifier)
  } catch {
    return null
  }
}

function parsed(expression: string): parseSpdx.Info | null {
  try {
    return parseSpdx(expression)
  } catch {
    return null
  }
}

/** Each identifier corrected on its own, operators upper-cased: `mit or apache 2` is not valid SPDX. */
function correctedExpression(expression: string): string | null {
  const whole = /\s(and|or|with)\s|[()]/i.test(expression) ? null : corrected(expression)
  if (whole !== null) return whole
  const tokens = expression.split(/(\s+(?:AND|OR|WITH)\s+|[()])/i)
  const parts = tokens.map((token) => {
    const trimmed = token.trim()
    if (trimmed === '' || trimmed === '(' || trimmed === ')') return token
    if (/^(AND|OR|WITH)$/i.test(trimmed)) return ` ${trimmed.toUpperCase()} `
    return corrected(trimmed) ?? trimmed
  })
  return parts.join('')
}

/** Not a licence but a pointer or a refusal: nothing to classify (and never "corrected" into one). */
function isNotAnExpression(expression: string): boolean {
  return /^UNLICEN[CS]ED$/i.test(expression) || /^SEE LICEN[CS]E IN\b/i.test(expression)
}

export function classifyLicence(
  expression: string | null,
  table: LicenceTable = LICENCE_TABLE,
): LicenceClass {
  const trimmed = expression?.trim() ?? ''
  if (trimmed === '' || trimmed.length > MAX_EXPRESSION_LENGTH || isNotAnExpression(trimmed)) return 'unknown'
  const info = parsed(trimmed) ?? parsed(correctedExpression(trimmed) ?? '')
  return info === null ? 'unknown' : classOf(info, table)
}

/** classifyLicence, remembered per distinct text: a lockfile repeats a few dozen licences thousands of times. */
export function licenceClassifier(
  table: LicenceTable = LICENCE_TABLE,
): (expression: string | null) => LicenceClass {
  const known = new Map<string, LicenceClass>()
  return (expression) => {
    if (expression === null) return 'unknown'
    const cached = known.get(expression)
    if (cached !== undefined) return cached
    const licenceClass = classifyLicence(expression, table)
    known.set(expression, licenceClass)
    return licenceClass
  }
}
