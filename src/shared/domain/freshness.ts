import { z } from 'zod'

/**
 * Package freshness from the public npm registry: the only facts Diligent ever looks up online, and only
 * once the auditor has turned online checks on. Shared so the renderer and main agree on the limits.
 */

/** The one host online checks talk to; the Settings card and every fact name it. */
export const NPM_REGISTRY_HOST = 'registry.npmjs.org'

/** npm's own limit on a package name (validate-npm-package-name). */
export const MAX_PACKAGE_NAME_LENGTH = 214
export const MAX_VERSION_LENGTH = 256
/** Versions of one package asked about at once, and kept per package in the cache. */
export const MAX_VERSIONS_PER_PACKAGE = 50
/** Packages in one request, and in the whole cache. */
export const MAX_PACKAGES = 20_000
/** Registry strings shown to the auditor (deprecation messages) are cut to this. */
export const MAX_MESSAGE_LENGTH = 1_000

// Characters encodeURIComponent leaves alone: a name made of them is one URL path segment as it stands.
const URL_SAFE_PART = /^[A-Za-z0-9\-._~!*'()]+$/

/**
 * npm's package-name rules for existing packages (validate-npm-package-name's `validForOldPackages`: capitals
 * and `~'!()*` are allowed), plus no part starting with a dot, so a name from an untrusted lockfile can
 * only ever become `https://registry.npmjs.org/<name>` or `…/@scope%2fname`, never another path.
 */
export function isValidNpmPackageName(name: string): boolean {
  if (name.length === 0 || name.length > MAX_PACKAGE_NAME_LENGTH) return false
  const scoped = /^@([^/]+)\/([^/]+)$/.exec(name)
  const parts = scoped ? scoped.slice(1) : [name]
  if (!parts.every((part) => URL_SAFE_PART.test(part) && !part.startsWith('.'))) return false
  if (scoped) return true
  return !name.startsWith('_') && !['node_modules', 'favicon.ico'].includes(name.toLowerCase())
}

/** One package and the versions of it the repository pins. */
export const PackageQuerySchema = z.strictObject({
  name: z.string().min(1).max(MAX_PACKAGE_NAME_LENGTH),
  versions: z.array(z.string().min(1).max(MAX_VERSION_LENGTH)).max(MAX_VERSIONS_PER_PACKAGE),
})
export type PackageQuery = z.infer<typeof PackageQuerySchema>

/** One query per package name, with every version asked about under it (up to the per-package cap), in first-seen order. */
export function mergePackageQueries(queries: readonly PackageQuery[]): PackageQuery[] {
  const versionsByName = new Map<string, Set<string>>()
  for (const { name, versions } of queries) {
    const known = versionsByName.get(name) ?? new Set<string>()
    for (const version of versions) known.add(version)
    versionsByName.set(name, known)
  }
  return [...versionsByName].map(([name, versions]) => ({
    name,
    versions: [...versions].slice(0, MAX_VERSIONS_PER_PACKAGE),
  }))
}

export const FreshnessRequestSchema = z.strictObject({
  packages: z.array(PackageQuerySchema).max(MAX_PACKAGES),
})

const IsoTimeSchema = z.iso.datetime()
const MessageSchema = z.string().max(MAX_MESSAGE_LENGTH)

/** What the registry says about one version the repository pins. */
export const RegistryVersionSchema = z.strictObject({
  version: z.string().max(MAX_VERSION_LENGTH),
  /** The registry lists this version (false: unpublished, or never there, e.g. a git or private build). */
  inRegistry: z.boolean(),
  publishedAt: IsoTimeSchema.nullable(),
  deprecated: MessageSchema.nullable(),
})

/** What Diligent keeps of one registry answer (in its cache too): a few facts, never the whole document. */
export const RegistryRecordSchema = z.strictObject({
  name: z.string().min(1).max(MAX_PACKAGE_NAME_LENGTH),
  fetchedAt: IsoTimeSchema,
  latest: z.string().max(MAX_VERSION_LENGTH).nullable(),
  latestPublishedAt: IsoTimeSchema.nullable(),
  latestDeprecated: MessageSchema.nullable(),
  versions: z.array(RegistryVersionSchema).max(MAX_VERSIONS_PER_PACKAGE),
})
export type RegistryRecord = z.infer<typeof RegistryRecordSchema>

/** How far a pinned version trails the `latest` tag; null when either is not a semantic version. */
export const VERSION_GAPS = ['none', 'patch', 'minor', 'major'] as const
export type VersionGap = (typeof VERSION_GAPS)[number]

export const PinnedVersionFreshnessSchema = RegistryVersionSchema.extend({
  /** 'none' when the pinned version is the latest or newer. */
  behind: z.enum(VERSION_GAPS).nullable(),
  majorsBehind: z.number().int().nonnegative(),
})
export type PinnedVersionFreshness = z.infer<typeof PinnedVersionFreshnessSchema>

/** What the registry said about one package, and where and when that answer came from. */
export const RegistryFactsSchema = RegistryRecordSchema.omit({ name: true }).extend({
  /** 'network': fetched by this lookup; 'cache': an earlier answer, as old as `fetchedAt`. */
  source: z.enum(['network', 'cache']),
  versions: z.array(PinnedVersionFreshnessSchema).max(MAX_VERSIONS_PER_PACKAGE),
})
export type RegistryFacts = z.infer<typeof RegistryFactsSchema>

export const LOOKUP_ERROR_KINDS = [
  'invalid-name',
  'not-found',
  'timeout',
  'too-large',
  'http',
  'network',
  'bad-response',
] as const
export type LookupErrorKind = (typeof LOOKUP_ERROR_KINDS)[number]

export const LookupErrorSchema = z.strictObject({
  kind: z.enum(LOOKUP_ERROR_KINDS),
  message: MessageSchema,
})
export type LookupError = z.infer<typeof LookupErrorSchema>

/**
 * One package's answer: `facts` when the registry or the cache knows it; `error` when this lookup failed
 * for it. Both can be set: a stale cached answer is still shown when a refresh fails.
 */
export const PackageFreshnessSchema = z.strictObject({
  name: z.string().max(MAX_PACKAGE_NAME_LENGTH),
  facts: RegistryFactsSchema.nullable(),
  error: LookupErrorSchema.nullable(),
})
export type PackageFreshness = z.infer<typeof PackageFreshnessSchema>

export const FreshnessResponseSchema = z.strictObject({
  packages: z.array(PackageFreshnessSchema).max(MAX_PACKAGES),
})
