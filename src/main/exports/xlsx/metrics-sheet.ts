import type { Workbook } from 'exceljs'
import type { AuditSnapshot, SnapshotRepo } from '../../../shared/report/audit-snapshot'
import { writeTable, type Column } from './table'

export const METRICS_SHEET = 'Metrics'

type Metric = SnapshotRepo['metrics'][number]
interface MetricRow {
  repo: SnapshotRepo
  metric: Metric
}

export const METRICS_COLUMNS: readonly Column<MetricRow>[] = [
  { header: 'Repository', cell: (row) => row.repo.name, maxWidth: 30 },
  { header: 'Metric ID', cell: (row) => row.metric.id, maxWidth: 45 },
  { header: 'Label', cell: (row) => row.metric.label, maxWidth: 50 },
  // General format: values are counts and measures of any size; percent metrics are 0–100, not 0–1, so
  // they keep the raw value and the unit column says what it is.
  { header: 'Value', cell: (row) => row.metric.value },
  { header: 'Unit', cell: (row) => row.metric.unit },
]

function* metricRows(repos: readonly SnapshotRepo[]): Generator<MetricRow> {
  for (const repo of repos) {
    for (const metric of repo.metrics) yield { repo, metric }
  }
}

export function addMetricsSheet(workbook: Workbook, snapshot: AuditSnapshot): void {
  writeTable(workbook.addWorksheet(METRICS_SHEET), METRICS_COLUMNS, metricRows(snapshot.repos))
}
