import type { AuditSnapshot } from '../../shared/report/audit-snapshot'
import type { ExportKind } from '../../shared/report/export-kinds'
import { buildDueDiligencePack } from './pdf/document'
import { buildSarifExport } from './sarif/build-sarif'
import { buildDebtInventoryWorkbook } from './xlsx/workbook'

/** Every export, by kind: pure functions of the snapshot, shared by the app's handlers and the CLI. */
export const EXPORT_BUILDERS: Record<ExportKind, (snapshot: AuditSnapshot) => Promise<Uint8Array>> = {
  'debt-inventory': buildDebtInventoryWorkbook,
  'dd-pack': buildDueDiligencePack,
  sarif: buildSarifExport,
}
