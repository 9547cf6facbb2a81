/**
 * Every schema version the app has ever shipped, oldest first. A version is never edited after it
 * ships and its number is never reused: a new version is a new constant plus a migration under
 * migrations/, with a test that opens the previous version's data and upgrades it.
 */
export const DILIGENT_DB_NAME = 'diligent'

/** 2026-11-24 v1: the first release. */
export const schemaV1 = {
  meta: 'key',
  engagements: 'id, updatedAt',
  repos: 'id, engagementId',
  runs: 'id, engagementId, repoId, status',
  findings: 'id, engagementId, runId, [repoId+fingerprint]',
  answers: 'id, engagementId, [engagementId+checklistId+itemId]',
  debtItems: 'id, engagementId, status, *fingerprints',
} as const

/** 2026-12-02 v2: checklist answers are looked up per engagement and item, and per checklist. */
export const schemaV2 = {
  ...schemaV1,
  answers: 'id, engagementId, [engagementId+itemId], [engagementId+checklistId]',
} as const

/**
 * 2026-12-02 v3: results imported from other tools' SARIF files. One row per tool and repository; its
 * findings live in `findings` with `runId` set to the import's id, so no run is ever touched. A new
 * table needs no upgrade of existing rows.
 */
export const schemaV3 = {
  ...schemaV2,
  toolImports: 'id, engagementId, repoId',
} as const

export const SCHEMA_VERSIONS = [
  { version: 1, stores: schemaV1 },
  { version: 2, stores: schemaV2 },
  { version: 3, stores: schemaV3 },
] as const

/** The version this build declares; bump it together with a new entry above. */
export const CURRENT_SCHEMA_VERSION = 3
