import type { InventoryFacts } from '../../../shared/domain/facts/inventory-facts'
import type { SourceScan, SourceToParse } from './parsed-source'
import { scanSources } from './scan-sources'
import { dialectOf } from './source-kinds'

/**
 * The one parse pass of a run, shared by the analyzers that read code: the first to ask starts it,
 * the others wait for the same result. Only files the inventory counted as code are parsed, so
 * vendored, generated, minified, binary and oversized files are already left out (and listed there).
 */
export type SourceScanner = (
  inventory: InventoryFacts | undefined,
  onProgress: (done: number, total: number) => void,
) => Promise<SourceScan>

export function sourcesToParse(inventory: InventoryFacts | undefined): SourceToParse[] {
  const sources: SourceToParse[] = []
  for (const file of inventory?.files ?? []) {
    const dialect = dialectOf(file.path, file.language)
    if (dialect !== null) sources.push({ path: file.path, dialect, codeLines: file.code })
  }
  return sources
}

export function createSourceScanner(options: {
  repoDir: string
  maxFileBytes: number
  signal: AbortSignal
}): SourceScanner {
  let scan: Promise<SourceScan> | null = null
  return (inventory, onProgress) => {
    scan ??= scanSources(sourcesToParse(inventory), { ...options, onProgress })
    return scan
  }
}
