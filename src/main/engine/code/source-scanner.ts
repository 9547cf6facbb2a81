import type { InventoryFacts } from '../../../shared/domain/facts/inventory-facts'
import type { SourceScan, SourceScanner, SourceToParse } from './parsed-source'
import { scanSources, type ScanSourcesOptions } from './scan-sources'
import { dialectOf } from './source-kinds'
import type { AnalyzerContext } from '../types'

/**
 * Only files the inventory counted as code are parsed, so vendored, generated, minified, binary and
 * oversized files are already left out (and listed there).
 */
export function sourcesToParse(inventory: InventoryFacts | undefined): SourceToParse[] {
  const sources: SourceToParse[] = []
  for (const file of inventory?.files ?? []) {
    const dialect = dialectOf(file.path, file.language)
    if (dialect !== null) sources.push({ path: file.path, dialect, codeLines: file.code })
  }
  return sources
}

/** The run's scanner: the first call hands the files to the worker, later calls share its result. */
export function createSourceScanner(options: Omit<ScanSourcesOptions, 'onProgress'>): SourceScanner {
  let scan: Promise<SourceScan> | null = null
  return (inventory, onProgress) => {
    scan ??= scanSources(sourcesToParse(inventory), { ...options, onProgress })
    return scan
  }
}

/** The run's parse pass for an analyzer: its progress is reported as that analyzer's. */
export function scanForAnalyzer(context: AnalyzerContext): Promise<SourceScan> {
  return context.sourceScan(context.facts.inventory, (done, total) =>
    context.progress({
      done,
      total,
      message: `Parsed ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} files`,
    }),
  )
}
