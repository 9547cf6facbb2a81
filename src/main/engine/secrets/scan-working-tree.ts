import { READ_CONCURRENCY } from '../analyzers/inventory'
import { mapWithConcurrency } from '../inventory/map-with-concurrency'
import type { AnalyzerContext, RepoFile } from '../types'
import type { CompiledSecretRule } from './rule-pack'
import { scanFile, type FileScan } from './scan-file'

type WorkingTreeContext = Pick<AnalyzerContext, 'readFile' | 'redactionKey' | 'signal'>

/** Scans every tracked file of the analysed commit, in tree order, reporting each file done. */
export function scanWorkingTree(
  files: readonly RepoFile[],
  rules: readonly CompiledSecretRule[],
  context: WorkingTreeContext,
  onFile: (scanned: number) => void,
): Promise<FileScan[]> {
  let scanned = 0
  return mapWithConcurrency(files, READ_CONCURRENCY, async (file) => {
    context.signal.throwIfAborted()
    const scan = await scanFile(file, rules, context)
    scanned += 1
    onFile(scanned)
    return scan
  })
}
