import { z } from 'zod'
import { FindingSchema } from './finding'

/** The largest SARIF file read, in bytes: CodeQL logs of big monorepos run to tens of megabytes. */
export const SARIF_MAX_BYTES = 100 * 1024 * 1024
/** Results kept from one file; the rest are counted in a warning, so a runaway tool cannot flood the inventory. */
export const SARIF_MAX_RESULTS = 50_000

/** One tool's results from an imported SARIF file, as findings ready to join the debt inventory. */
export const ImportedToolResultsSchema = z.strictObject({
  toolName: z.string().min(1).max(200),
  toolVersion: z.string().max(100).nullable(),
  findings: z.array(FindingSchema).max(SARIF_MAX_RESULTS),
  warnings: z.array(z.string().max(2_000)).max(100),
})
export type ImportedToolResults = z.infer<typeof ImportedToolResultsSchema>

/** Tools in one file: a real log has one or a few; a file naming thousands is not a tool's output. */
export const SARIF_MAX_TOOLS = 100

/** What main read from the SARIF file the auditor picked: one entry per tool that ran. */
export const SarifImportSchema = z.strictObject({
  fileName: z.string().max(300),
  tools: z.array(ImportedToolResultsSchema).max(SARIF_MAX_TOOLS),
})
export type SarifImport = z.infer<typeof SarifImportSchema>
