import { isValidNpmPackageName, NPM_REGISTRY_HOST } from '../../shared/domain/freshness'

const REGISTRY_ORIGIN = `https://${NPM_REGISTRY_HOST}`

/**
 * The packument URL of a package, or null when the name breaks npm's rules: names come from an untrusted
 * lockfile and must never steer the request elsewhere. Scoped names keep the `@` and encode the slash, as
 * the npm client does.
 */
export function packumentUrl(name: string): string | null {
  if (!isValidNpmPackageName(name)) return null
  const url = new URL(`${REGISTRY_ORIGIN}/${name.replace('/', '%2f')}`)
  // Belt and braces: a valid name is one path segment under the registry's root.
  return url.origin === REGISTRY_ORIGIN && url.pathname.lastIndexOf('/') === 0 ? url.href : null
}

/** The only requests the registry session lets through: plain HTTPS to the public npm registry. */
export function isRegistryUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    return parsed.origin === REGISTRY_ORIGIN && parsed.username === '' && parsed.password === ''
  } catch {
    return false
  }
}
