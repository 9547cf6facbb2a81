import classificationFile from '../../../../resources/licences/classification.json'
import { LICENCE_CLASSES, type LicenceClass } from '../../../shared/domain/facts/dependency-facts'
import { isRecord } from './values'

/** resources/licences/classification.json: SPDX id → class, and exception → the class it caps at. */
export interface LicenceTable {
  licences: ReadonlyMap<string, LicenceClass>
  exceptions: ReadonlyMap<string, LicenceClass>
}

const CLASSES: ReadonlySet<string> = new Set(LICENCE_CLASSES)

function isLicenceClass(value: unknown): value is LicenceClass {
  return typeof value === 'string' && CLASSES.has(value) && value !== 'unknown'
}

/** The entries whose class is known; anything else in the file is ignored (the table's test catches it). */
function classMap(value: unknown): Map<string, LicenceClass> {
  if (!isRecord(value)) return new Map()
  return new Map(
    Object.entries(value).flatMap(([id, licenceClass]) =>
      isLicenceClass(licenceClass) ? [[id, licenceClass] as [string, LicenceClass]] : [],
    ),
  )
}

export function licenceTableFrom(data: unknown): LicenceTable {
  return {
    licences: classMap(isRecord(data) ? data.licences : undefined),
    exceptions: classMap(isRecord(data) ? data.exceptions : undefined),
  }
}

/** The bundled table, read once. */
export const LICENCE_TABLE: LicenceTable = licenceTableFrom(classificationFile)
