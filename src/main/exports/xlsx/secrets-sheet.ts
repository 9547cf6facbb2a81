import type { Workbook } from 'exceljs'
import type { AuditSnapshot } from '../../../shared/report/audit-snapshot'
import { readSecrets, type SecretRow } from '../pdf/facts'
import { secretRuleTitles } from '../pdf/secret-rule-titles'
import { rowsOfRepos, type InRepo } from './repo-rows'
import { NUMBER_FORMATS } from './styles'
import { writeTable, type Column } from './table'

export const SECRETS_SHEET = 'Secrets'

function secretColumns(ruleTitle: (ruleId: string) => string): readonly Column<InRepo<SecretRow>>[] {
  return [
    { header: 'Repository', cell: (row) => row.repo, maxWidth: 30 },
    { header: 'Rule', cell: (row) => ruleTitle(row.item.ruleId), maxWidth: 40 },
    { header: 'Severity', cell: (row) => row.item.severity },
    { header: 'Path', cell: (row) => row.item.path, maxWidth: 60 },
    { header: 'Line', cell: (row) => row.item.line, numFmt: NUMBER_FORMATS.integer },
    // The engine's masked value and hash only: the secret itself never reaches the snapshot.
    { header: 'Redacted value', cell: (row) => row.item.redacted, maxWidth: 40 },
    { header: 'Commit', cell: (row) => row.item.commit?.sha.slice(0, 12) },
    { header: 'Author', cell: (row) => row.item.commit?.author, maxWidth: 30 },
    { header: 'Date', cell: (row) => row.item.commit?.date.slice(0, 10) },
    { header: 'In history only', cell: (row) => (row.item.inHistoryOnly ? 'yes' : 'no') },
  ]
}

/**
 * One row per secret found, per repository, with where it is and who committed it when the run knows.
 * A repository whose run did not scan for secrets adds no rows.
 */
export function addSecretsSheet(workbook: Workbook, snapshot: AuditSnapshot): void {
  writeTable(
    workbook.addWorksheet(SECRETS_SHEET),
    secretColumns(secretRuleTitles(snapshot)),
    rowsOfRepos(snapshot, (repo) => readSecrets(repo.facts)?.occurrences),
  )
}
