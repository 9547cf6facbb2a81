import { z } from 'zod'
import { MAX_PACKAGES, RegistryRecordSchema, type RegistryRecord } from '../../shared/domain/freshness'
import { readJsonFile } from './read-json-file'
import { createSaveQueue, type WriteFile } from './save-queue'

const FORMAT = 'diligent-npm-registry-cache'
/** Far above what MAX_PACKAGES small records take; a larger file is not ours, or is broken. */
const MAX_FILE_BYTES = 128 * 1024 * 1024

const CacheFileSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  packages: z.array(z.unknown()),
})

export interface RegistryCache {
  get(name: string): Promise<RegistryRecord | undefined>
  /** Keeps these answers (replacing older ones for the same packages) and saves the file. */
  store(records: readonly RegistryRecord[]): Promise<void>
}

export interface RegistryCacheOptions {
  path: string
  write: WriteFile
  /** Past this many packages the entries fetched longest ago are dropped. */
  maxPackages?: number
}

/** Registry answers kept in userData, so facts fetched once stay visible offline, labelled with their age. */
export function createRegistryCache(options: RegistryCacheOptions): RegistryCache {
  const maxPackages = options.maxPackages ?? MAX_PACKAGES
  const save = createSaveQueue(options.path, options.write)
  let entries: Promise<Map<string, RegistryRecord>> | null = null

  // Each record is checked on its own: one damaged entry costs that package, not the whole cache.
  const load = async (): Promise<Map<string, RegistryRecord>> => {
    const file = CacheFileSchema.safeParse(await readJsonFile(options.path, MAX_FILE_BYTES))
    const records = new Map<string, RegistryRecord>()
    for (const entry of file.success ? file.data.packages : []) {
      const record = RegistryRecordSchema.safeParse(entry)
      if (record.success) records.set(record.data.name, record.data)
    }
    return records
  }

  const prune = (records: Map<string, RegistryRecord>): void => {
    if (records.size <= maxPackages) return
    const oldestFirst = [...records.values()].sort((a, b) => a.fetchedAt.localeCompare(b.fetchedAt))
    for (const record of oldestFirst.slice(0, records.size - maxPackages)) records.delete(record.name)
  }

  return {
    get: async (name) => (await (entries ??= load())).get(name),
    store: async (records) => {
      const current = await (entries ??= load())
      for (const record of records) current.set(record.name, record)
      prune(current)
      await save(() => JSON.stringify({ format: FORMAT, version: 1, packages: [...current.values()] }))
    },
  }
}
