import { z } from 'zod'

/**
 * The compact store an import writes: only what matching and findings need, indexed by package name.
 * `manifest.json` is the commit point: it names the store file it describes, so replacing an import is
 * one rename, and a reader never sees half of one.
 */

export const MANIFEST_FILE = 'manifest.json'
export const STORE_FORMAT = 'diligent-osv-store'
export const STORE_VERSION = 1
/** Store files are named `osv-npm-<unique>.json`, so a new import never writes over the one in use. */
export const STORE_FILE_PATTERN = /^osv-npm-[a-z0-9-]+\.json(\.partial)?$/

/** One OSV event, normalised at import: exactly one key, versions canonical semver (or `0`). */
export const StoredEventSchema = z.union([
  z.strictObject({ introduced: z.string() }),
  z.strictObject({ fixed: z.string() }),
  z.strictObject({ last_affected: z.string() }),
  z.strictObject({ limit: z.string() }),
])
export type StoredEvent = z.infer<typeof StoredEventSchema>

export const StoredRangeSchema = z.strictObject({
  /** Sorted by version, `0` first, as OSV's evaluation expects. */
  events: z.array(StoredEventSchema),
  /**
   * GitHub's `database_specific.last_known_affected_version_range` (`<= 1.2.3`): an upper bound older
   * GHSA exports state only there. Applied only to a range with no upper bound of its own.
   */
  lastKnownAffected: z.string().nullable(),
})
export type StoredRange = z.infer<typeof StoredRangeSchema>

export const StoredAdvisorySchema = z.strictObject({
  id: z.string(),
  aliases: z.array(z.string()),
  summary: z.string(),
  /** A CVSS v3 vector, when the advisory gives one. */
  severity: z.string().nullable(),
  /** GitHub's rating: LOW, MODERATE, HIGH or CRITICAL. */
  databaseSeverity: z.string().nullable(),
  /** SEMVER and ECOSYSTEM ranges; npm's ecosystem order is semver's. */
  ranges: z.array(StoredRangeSchema),
  /** Versions the advisory lists explicitly. */
  versions: z.array(z.string()),
  /** Every `fixed` event, ascending. */
  fixed: z.array(z.string()),
})
export type StoredAdvisory = z.infer<typeof StoredAdvisorySchema>

export const StoreFileSchema = z.strictObject({
  format: z.literal(STORE_FORMAT),
  version: z.literal(STORE_VERSION),
  ecosystem: z.literal('npm'),
  /** [package name, advisories] pairs: an array, not an object, so no name can be `__proto__`. */
  packages: z.array(z.tuple([z.string(), z.array(StoredAdvisorySchema)])),
})

export const ManifestSchema = z.strictObject({
  format: z.literal(STORE_FORMAT),
  version: z.literal(STORE_VERSION),
  ecosystem: z.literal('npm'),
  /** The imported file or folder's name, never its full path (it may name the auditor's home folder). */
  source: z.string(),
  importedAt: z.string(),
  /** Advisories with at least one npm package. */
  advisories: z.number().int().nonnegative(),
  packages: z.number().int().nonnegative(),
  /** Entries refused or records that could not be read: malformed, oversized, unsafe names. */
  skipped: z.number().int().nonnegative(),
  withdrawn: z.number().int().nonnegative(),
  /** Well-formed records about other ecosystems only. */
  otherEcosystems: z.number().int().nonnegative(),
  /** Version ranges that could not be read (no start, or versions that are not semver) and were left out. */
  droppedRanges: z.number().int().nonnegative(),
  /** The first few skipped entries and why (`name: reason`), for the auditor who wonders about `skipped`. */
  problems: z.array(z.string()),
  store: z.string().regex(STORE_FILE_PATTERN),
  /** SHA-256 of the store file, so a damaged store is reported, not half-read. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
})
export type OsvManifest = z.infer<typeof ManifestSchema>
