import type { Workbook } from 'exceljs'
import { owaspCategoryLabel } from '../../../shared/domain/owasp-top-ten'
import type { AuditSnapshot } from '../../../shared/report/audit-snapshot'
import { readSecurityPatterns, type PatternOccurrenceRow } from '../pdf/facts'
import { patternRuleDetails, type PatternRuleDetails } from '../pdf/pattern-rules'
import { rowsOfRepos, type InRepo } from './repo-rows'
import { NUMBER_FORMATS } from './styles'
import { writeTable, type Column } from './table'

export const SECURITY_SHEET = 'Security'

function securityColumns(
  rule: (ruleId: string) => PatternRuleDetails,
): readonly Column<InRepo<PatternOccurrenceRow>>[] {
  return [
    { header: 'Repository', cell: (row) => row.repo, maxWidth: 30 },
    { header: 'Severity', cell: (row) => row.item.severity },
    { header: 'Rule', cell: (row) => row.item.ruleId, maxWidth: 40 },
    { header: 'Title', cell: (row) => rule(row.item.ruleId).title, maxWidth: 45 },
    { header: 'CWE', cell: (row) => rule(row.item.ruleId).cwe },
    {
      header: 'OWASP category',
      cell: (row) => {
        const owasp = rule(row.item.ruleId).owasp
        return owasp === '' ? '' : owaspCategoryLabel(owasp)
      },
      maxWidth: 45,
    },
    { header: 'Path', cell: (row) => row.item.path, maxWidth: 60 },
    { header: 'Line', cell: (row) => row.item.line, numFmt: NUMBER_FORMATS.integer },
    // The engine's description of the construct, never text copied from the audited file.
    { header: 'Construct', cell: (row) => row.item.snippet, maxWidth: 50 },
    { header: 'Fix', cell: (row) => rule(row.item.ruleId).fix, maxWidth: 60 },
    { header: 'Lowered because', cell: (row) => row.item.loweredBecause, maxWidth: 40 },
  ]
}

/**
 * One row per insecure construct found, per repository, with its rule's CWE, OWASP category and fix. A
 * repository whose run did not look for them adds no rows.
 */
export function addSecuritySheet(workbook: Workbook, snapshot: AuditSnapshot): void {
  writeTable(
    workbook.addWorksheet(SECURITY_SHEET),
    securityColumns(patternRuleDetails(snapshot)),
    rowsOfRepos(snapshot, (repo) => readSecurityPatterns(repo.facts)?.occurrences),
  )
}
