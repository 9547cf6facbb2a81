import type { ResolvedPackage } from '../../../../../shared/domain/facts/dependency-facts'
import {
  isValidNpmPackageName,
  MAX_PACKAGES,
  MAX_VERSION_LENGTH,
  mergePackageQueries,
  type PackageQuery,
} from '../../../../../shared/domain/freshness'

/**
 * What to ask the npm registry about: each package name once with every version the lockfiles pin, direct
 * dependencies first. Names npm would refuse are left out; main checks them again anyway.
 */
export function freshnessQueries(packages: readonly ResolvedPackage[]): PackageQuery[] {
  const directFirst = [...packages].sort((a, b) => Number(b.direct) - Number(a.direct))
  const askable = directFirst.filter(
    ({ name, version }) =>
      isValidNpmPackageName(name) && version !== '' && version.length <= MAX_VERSION_LENGTH,
  )
  return mergePackageQueries(askable.map(({ name, version }) => ({ name, versions: [version] }))).slice(
    0,
    MAX_PACKAGES,
  )
}
