import type { Workbook } from 'exceljs'
import type { FunctionComplexity } from '../../../shared/domain/facts/complexity-facts'
import type { Hotspot } from '../../../shared/domain/facts/hotspot-facts'
import type { AuditSnapshot } from '../../../shared/report/audit-snapshot'
import { readComplexity, readHotspots } from '../pdf/facts'
import { rowsOfRepos, type InRepo } from './repo-rows'
import { NUMBER_FORMATS } from './styles'
import { writeTable, type Column } from './table'

export const HOTSPOTS_SHEET = 'Hotspots'
export const FUNCTIONS_SHEET = 'Functions'

const yesNo = (value: boolean): string => (value ? 'yes' : 'no')

const HOTSPOT_COLUMNS: readonly Column<InRepo<Hotspot>>[] = [
  { header: 'Repository', cell: (row) => row.repo, maxWidth: 30 },
  { header: 'Path', cell: (row) => row.item.path, maxWidth: 60 },
  { header: 'Commits', cell: (row) => row.item.commits, numFmt: NUMBER_FORMATS.integer },
  { header: 'Cognitive complexity', cell: (row) => row.item.complexity, numFmt: NUMBER_FORMATS.integer },
  { header: 'Code lines', cell: (row) => row.item.codeLines, numFmt: NUMBER_FORMATS.integer },
  { header: 'Score', cell: (row) => row.item.score, numFmt: NUMBER_FORMATS.score },
  { header: 'Main author', cell: (row) => row.item.mainAuthorName, maxWidth: 30 },
  { header: 'Main author share', cell: (row) => row.item.mainAuthorShare, numFmt: NUMBER_FORMATS.percent },
  { header: 'Main author inactive (90 days)', cell: (row) => yesNo(row.item.mainAuthorInactive) },
  { header: 'Tested', cell: (row) => yesNo(row.item.tested) },
  // The date alone: the time of day of a commit says nothing here, and YYYY-MM-DD sorts as text.
  { header: 'Last changed', cell: (row) => row.item.lastChangedAt.slice(0, 10) },
]

const FUNCTION_COLUMNS: readonly Column<InRepo<FunctionComplexity>>[] = [
  { header: 'Repository', cell: (row) => row.repo, maxWidth: 30 },
  { header: 'Path', cell: (row) => row.item.path, maxWidth: 60 },
  { header: 'Line', cell: (row) => row.item.line, numFmt: NUMBER_FORMATS.integer },
  { header: 'Function', cell: (row) => row.item.name, maxWidth: 40 },
  { header: 'Kind', cell: (row) => row.item.kind },
  { header: 'Cognitive', cell: (row) => row.item.cognitive, numFmt: NUMBER_FORMATS.integer },
  { header: 'Cyclomatic', cell: (row) => row.item.cyclomatic, numFmt: NUMBER_FORMATS.integer },
  { header: 'Lines', cell: (row) => row.item.lines, numFmt: NUMBER_FORMATS.integer },
  { header: 'Parameters', cell: (row) => row.item.parameters, numFmt: NUMBER_FORMATS.integer },
  { header: 'Max nesting', cell: (row) => row.item.maxNesting, numFmt: NUMBER_FORMATS.integer },
]

/**
 * Hotspots (complex files that change often, best first) and Functions (the functions hardest to
 * understand, by cognitive complexity), per repository. Facts are read defensively: a repository
 * analysed by an engine without these analyzers simply adds no rows.
 */
export function addCodeHealthSheets(workbook: Workbook, snapshot: AuditSnapshot): void {
  writeTable(
    workbook.addWorksheet(HOTSPOTS_SHEET),
    HOTSPOT_COLUMNS,
    rowsOfRepos(snapshot, (repo) => readHotspots(repo.facts)),
  )
  writeTable(
    workbook.addWorksheet(FUNCTIONS_SHEET),
    FUNCTION_COLUMNS,
    rowsOfRepos(snapshot, (repo) => readComplexity(repo.facts)?.worstFunctions),
  )
}
