import { z } from 'zod'
import { DEFAULT_APP_SETTINGS, type AppSettings } from '../../shared/ipc/contract'
import { readJsonFile } from './read-json-file'
import { createSaveQueue, type WriteFile } from './save-queue'

const MAX_FILE_BYTES = 64 * 1024

/** Field by field, so a damaged value falls back to its default without taking the others with it. */
const SettingsFileSchema = z
  .object({ onlineChecks: z.boolean().catch(DEFAULT_APP_SETTINGS.onlineChecks) })
  .catch(DEFAULT_APP_SETTINGS)

export interface SettingsStore {
  read(): Promise<AppSettings>
  setOnlineChecks(enabled: boolean): Promise<AppSettings>
}

/**
 * The settings main owns, in userData's settings.json. A missing or corrupt file means the defaults
 * (online checks off), never a crash; a change is in effect only once it is on disk.
 */
export function createSettingsStore(options: { path: string; write: WriteFile }): SettingsStore {
  const save = createSaveQueue(options.path, options.write)
  let current: Promise<AppSettings> | null = null
  const read = (): Promise<AppSettings> =>
    (current ??= readJsonFile(options.path, MAX_FILE_BYTES).then((file) => SettingsFileSchema.parse(file)))

  return {
    read,
    setOnlineChecks: async (enabled) => {
      const next = { ...(await read()), onlineChecks: enabled }
      await save(() => `${JSON.stringify(next, null, 2)}\n`)
      current = Promise.resolve(next)
      return next
    },
  }
}
