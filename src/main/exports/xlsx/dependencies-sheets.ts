import type { Workbook } from 'exceljs'
import type {
  DependencyFacts,
  ResolvedPackage,
  Vulnerability,
} from '../../../shared/domain/facts/dependency-facts'
import type { AuditSnapshot, SnapshotRepo } from '../../../shared/report/audit-snapshot'
import { rowsOfRepos, type InRepo } from './repo-rows'
import { addSeverityFill } from './styles'
import { writeTable, type Column } from './table'

export const DEPENDENCIES_SHEET = 'Dependencies'
export const LICENCES_SHEET = 'Licences'
export const VULNERABILITIES_SHEET = 'Vulnerabilities'

/** The dependencies analyzer's facts of a repository, when it ran. */
function dependenciesOf(repo: SnapshotRepo): DependencyFacts | null {
  const facts = repo.facts?.['dependencies'] as DependencyFacts | undefined
  return facts && Array.isArray(facts.packages) ? facts : null
}

function rowsOf<T>(
  snapshot: AuditSnapshot,
  pick: (facts: DependencyFacts) => readonly T[],
): Iterable<InRepo<T>> {
  return rowsOfRepos(snapshot, (repo) => {
    const facts = dependenciesOf(repo)
    return facts === null ? null : pick(facts)
  })
}

const PACKAGE_COLUMNS: readonly Column<InRepo<ResolvedPackage>>[] = [
  { header: 'Repository', cell: (row) => row.repo, maxWidth: 30 },
  { header: 'Package', cell: (row) => row.item.name, maxWidth: 45 },
  { header: 'Version', cell: (row) => row.item.version, maxWidth: 20 },
  { header: 'Direct', cell: (row) => (row.item.direct ? 'direct' : 'transitive') },
  { header: 'Scope', cell: (row) => (row.item.dev ? 'development' : 'production') },
  { header: 'Install script', cell: (row) => (row.item.installScript ? 'yes' : '') },
  { header: 'Lockfile', cell: (row) => row.item.lockfile, maxWidth: 40 },
]

const LICENCE_COLUMNS: readonly Column<InRepo<ResolvedPackage>>[] = [
  { header: 'Repository', cell: (row) => row.repo, maxWidth: 30 },
  { header: 'Package', cell: (row) => `${row.item.name}@${row.item.version}`, maxWidth: 50 },
  { header: 'Licence', cell: (row) => row.item.license ?? '(not recorded)', maxWidth: 40 },
  { header: 'Class', cell: (row) => row.item.licenceClass },
  { header: 'Scope', cell: (row) => (row.item.dev ? 'development' : 'production') },
]

const VULNERABILITY_COLUMNS: readonly Column<InRepo<Vulnerability>>[] = [
  { header: 'Repository', cell: (row) => row.repo, maxWidth: 30 },
  { header: 'Severity', cell: (row) => row.item.severity },
  { header: 'Advisory', cell: (row) => row.item.id, maxWidth: 30 },
  { header: 'Aliases', cell: (row) => row.item.aliases.join(', '), maxWidth: 40 },
  { header: 'Package', cell: (row) => `${row.item.package}@${row.item.version}`, maxWidth: 45 },
  { header: 'Direct', cell: (row) => (row.item.direct ? 'direct' : 'transitive') },
  { header: 'Scope', cell: (row) => (row.item.dev ? 'development' : 'production') },
  { header: 'Affected', cell: (row) => row.item.affected.join('; '), maxWidth: 40 },
  { header: 'Fixed in', cell: (row) => row.item.fixedIn.join(', '), maxWidth: 25 },
  { header: 'Summary', cell: (row) => row.item.summary, maxWidth: 60 },
]

/**
 * Dependencies, Licences and Vulnerabilities, one row per package (or advisory) per repository. A
 * repository analysed without a vulnerability database is listed as unchecked, never as clean.
 */
export function addDependenciesSheets(workbook: Workbook, snapshot: AuditSnapshot): void {
  writeTable(
    workbook.addWorksheet(DEPENDENCIES_SHEET),
    PACKAGE_COLUMNS,
    rowsOf(snapshot, (facts) => facts.packages),
  )
  writeTable(
    workbook.addWorksheet(LICENCES_SHEET),
    LICENCE_COLUMNS,
    rowsOf(snapshot, (facts) => facts.packages),
  )
  const sheet = workbook.addWorksheet(VULNERABILITIES_SHEET)
  const unchecked = snapshot.repos.filter((repo) => dependenciesOf(repo)?.vulnerabilityDatabase === null)
  const table = writeTable(sheet, VULNERABILITY_COLUMNS, [
    ...rowsOf(snapshot, (facts) => facts.vulnerabilities),
    ...unchecked.map((repo) => ({
      repo: repo.name,
      item: {
        id: 'not checked',
        aliases: [],
        summary: 'No vulnerability database was imported: these dependencies were not checked.',
        severity: 'unknown' as const,
        package: '',
        version: '',
        affected: [],
        fixedIn: [],
        direct: false,
        dev: false,
      },
    })),
  ])
  addSeverityFill(sheet, table.dataRange('Severity'))
}
