import type { Importer, ManifestRead, Warn } from '../../../src/main/engine/dependencies/model'
import { readNpmManifest } from '../../../src/main/engine/dependencies/npm-manifest'

/** A Warn that records what it is told, for assertions. */
export function recorder(): { warn: Warn; warnings: { message: string; path: string | undefined }[] } {
  const warnings: { message: string; path: string | undefined }[] = []
  return { warn: (message, path) => warnings.push({ message, path }), warnings }
}

/** A package.json read as the analyzer reads it; throws in the test if it is not one. */
export function manifest(path: string, data: unknown): ManifestRead {
  const read = readNpmManifest(path, data, () => {
    throw new Error(`unexpected warning for ${path}`)
  })
  if (read === null) throw new Error(`${path} is not a manifest`)
  return read
}

export function importer(folder: string, data: unknown): Importer {
  return { folder, manifest: manifest(folder === '' ? 'package.json' : `${folder}/package.json`, data) }
}
