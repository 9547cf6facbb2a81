import type { LicenceClass } from '../../../shared/domain/facts/dependency-facts'
import { classifyLicence } from './classify-licence'
import { recogniseLicenceText } from './licence-text'
import type { ManifestRead } from './model'
import { baseName, folderOf } from './values'

/** Root manifests in the order their licence field is trusted: the npm one names the project's licence most often. */
const ECOSYSTEM_ORDER = ['npm', 'cargo', 'pypi', 'maven', 'go', 'rubygems']

/**
 * The project's own licence: a root manifest's licence field (following `SEE LICENSE IN <file>` to a
 * root licence file when its text is recognised), else the first recognised root licence file, else
 * a pointer to an unrecognised one. Null when the project states no licence at all.
 */
export function projectLicence(
  manifests: readonly ManifestRead[],
  licenceTexts: readonly { path: string; text: string }[],
): { license: string | null; licenceClass: LicenceClass | null } {
  const declared =
    manifests
      .filter((manifest) => folderOf(manifest.path) === '' && manifest.license !== null)
      .sort(
        (left, right) => ECOSYSTEM_ORDER.indexOf(left.ecosystem) - ECOSYSTEM_ORDER.indexOf(right.ecosystem),
      )[0]?.license ?? null
  // `SEE LICENSE IN <file>`: the file says what the licence is, when its text is recognised.
  const pointer =
    declared === null ? null : (/^SEE LICEN[CS]E IN\s+(.+)$/i.exec(declared.trim())?.[1] ?? null)
  if (declared !== null && pointer === null)
    return { license: declared, licenceClass: classifyLicence(declared) }
  const pointed =
    pointer === null ? undefined : licenceTexts.find(({ path }) => path === pointer.replace(/^\.\//, ''))
  const candidates = pointed === undefined ? licenceTexts : [pointed]
  for (const { text } of candidates) {
    const recognised = recogniseLicenceText(text)
    if (recognised !== null) return { license: recognised, licenceClass: classifyLicence(recognised) }
  }
  if (declared !== null) return { license: declared, licenceClass: 'unknown' }
  const first = licenceTexts[0]
  if (first === undefined) return { license: null, licenceClass: null }
  return { license: `SEE LICENSE IN ${baseName(first.path)}`, licenceClass: 'unknown' }
}
