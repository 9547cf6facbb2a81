import type { Metric } from '../../../shared/domain/audit-result'
import type { InventoryFacts } from '../../../shared/domain/facts/inventory-facts'

/** Comment lines as a share of code and comment lines, in percent with one decimal; 0 for no lines. */
function commentRatioPercent({ code, comment }: InventoryFacts['totals']): number {
  const lines = code + comment
  return lines === 0 ? 0 : Math.round((comment / lines) * 1000) / 10
}

/** The inventory's headline numbers; the ids are stable, checklist evidence refers to them. */
export function inventoryMetrics(facts: InventoryFacts): Metric[] {
  return [
    { id: 'inventory/files', label: 'Source files', value: facts.totals.files, unit: 'count' },
    { id: 'inventory/code-lines', label: 'Code lines', value: facts.totals.code, unit: 'lines' },
    { id: 'inventory/comment-lines', label: 'Comment lines', value: facts.totals.comment, unit: 'lines' },
    { id: 'inventory/languages', label: 'Languages', value: facts.languages.length, unit: 'count' },
    {
      id: 'inventory/excluded-files',
      label: 'Files left out of the totals',
      value: facts.excluded.length,
      unit: 'count',
    },
    {
      id: 'inventory/largest-file-bytes',
      label: 'Largest tracked file',
      value: facts.largestFiles[0]?.bytes ?? 0,
      unit: 'bytes',
    },
    {
      id: 'inventory/comment-ratio',
      label: 'Comment lines among code and comment lines',
      value: commentRatioPercent(facts.totals),
      unit: 'percent',
    },
  ]
}
