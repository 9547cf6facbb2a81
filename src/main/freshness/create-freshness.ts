import { join } from 'node:path'
import { writeFileAtomically } from '../engine/files/write-atomically'
import { createNpmRegistryClient, type RegistryFetch } from './npm-registry-client'
import { createPackageFreshness, type PackageFreshnessService } from './package-freshness'
import { createRegistryCache } from './registry-cache'
import { createSettingsStore, type SettingsStore } from './settings-store'

export const SETTINGS_FILE = 'settings.json'
export const REGISTRY_CACHE_FILE = 'npm-registry-cache.json'

/** The settings and the freshness lookups over one data folder; the app and the browser harness share this wiring. */
export function createFreshness(
  dataDirectory: string,
  fetch: RegistryFetch,
): { settings: SettingsStore; freshness: PackageFreshnessService } {
  const now = (): Date => new Date()
  const settings = createSettingsStore({
    path: join(dataDirectory, SETTINGS_FILE),
    write: writeFileAtomically,
  })
  const freshness = createPackageFreshness({
    settings,
    cache: createRegistryCache({
      path: join(dataDirectory, REGISTRY_CACHE_FILE),
      write: writeFileAtomically,
    }),
    registry: createNpmRegistryClient({ fetch, now }),
    now,
  })
  return { settings, freshness }
}
