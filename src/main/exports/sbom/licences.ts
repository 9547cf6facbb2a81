import parseSpdx from 'spdx-expression-parse'
import type { CdxLicenseChoice } from './cyclonedx'

/**
 * A licence as written in a lockfile or manifest, in CycloneDX's three forms: a lone SPDX id as
 * `license.id` (which the schema checks against its SPDX list), any other valid SPDX expression as
 * `expression` (normalised: `(MIT or Apache-2.0)` → `MIT OR Apache-2.0`), and text that is not SPDX
 * (`SEE LICENSE IN …`, `Apache 2.0`, `UNLICENSED`) as `license.name`, as written rather than guessed
 * at. No licence at all gives nothing: an SBOM must not claim one.
 */
export function licenceChoice(licence: string | null): CdxLicenseChoice | undefined {
  const text = licence?.trim() ?? ''
  if (text === '') return undefined
  const parsed = parseExpression(text)
  if (parsed === null) return [{ license: { name: text, acknowledgement: 'declared' } }]
  if ('license' in parsed && parsed.plus !== true && parsed.exception === undefined && isListedId(parsed)) {
    return [{ license: { id: parsed.license, acknowledgement: 'declared' } }]
  }
  return [{ expression: render(parsed), acknowledgement: 'declared' }]
}

function parseExpression(text: string): parseSpdx.Info | null {
  try {
    return parseSpdx(text)
  } catch {
    return null
  }
}

/** LicenseRef-/DocumentRef- ids are valid SPDX but not on the list the schema's `id` allows. */
const isListedId = (info: parseSpdx.LicenseInfo): boolean =>
  !info.license.startsWith('LicenseRef-') && !info.license.startsWith('DocumentRef-')

function render(info: parseSpdx.Info, parent?: 'and' | 'or'): string {
  if ('license' in info) {
    const exception = info.exception === undefined ? '' : ` WITH ${info.exception}`
    return `${info.license}${info.plus === true ? '+' : ''}${exception}`
  }
  const joined = `${render(info.left, info.conjunction)} ${info.conjunction.toUpperCase()} ${render(info.right, info.conjunction)}`
  // Brackets wherever the operator changes: needed for OR inside AND, and clearer for AND inside OR.
  return parent === undefined || parent === info.conjunction ? joined : `(${joined})`
}
