import type { Content } from 'pdfmake/interfaces'
import { LICENCE_CLASSES, type DependencyFacts } from '../../../../shared/domain/facts/dependency-facts'
import { note, paragraph, sectionHeading, subheading } from '../blocks'
import type { PackContext } from '../context'
import { findingsTable, severityCounts } from '../findings-table'
import { plural } from '../format'
import { SECTION_TITLES } from '../section-titles'

export const DEPENDENCIES_NOT_ANALYSED =
  'Dependencies and licences are not analysed yet: this snapshot has no dependency or licence findings, so known vulnerabilities, outdated or abandoned components and licence conflicts are unknown.'

/** One sentence per repository the dependencies analyzer read, from its facts (read defensively). */
function repoSummaries(snapshot: PackContext['snapshot']): Content[] {
  return snapshot.repos.flatMap((repo) => {
    const facts = repo.facts?.['dependencies'] as Partial<DependencyFacts> | undefined
    if (!facts || !Array.isArray(facts.packages)) return []
    const packages = facts.packages
    const direct = packages.filter((entry) => entry.direct).length
    const production = packages.filter((entry) => !entry.dev).length
    const classes = LICENCE_CLASSES.map((licenceClass) => ({
      licenceClass,
      count: packages.filter((entry) => entry.licenceClass === licenceClass).length,
    }))
      .filter(({ count }) => count > 0)
      .map(({ licenceClass, count }) => `${count} ${licenceClass.replace('-', ' ')}`)
      .join(', ')
    const vulnerabilities = Array.isArray(facts.vulnerabilities) ? facts.vulnerabilities : []
    const database = facts.vulnerabilityDatabase ?? null
    const checked =
      database === null
        ? 'Not checked for known vulnerabilities: no vulnerability database was imported, which is not the same as clean.'
        : `Checked against the OSV database imported ${database.importedAt.slice(0, 10)}: ${plural(vulnerabilities.length, 'known vulnerability', 'known vulnerabilities')}.`
    return [
      paragraph(
        `${repo.name}: ${plural(packages.length, 'package')} resolved (${direct} direct, ${production} production); ` +
          `licences: ${classes || 'none recorded'}; project licence: ${facts.project?.license ?? 'none found'}. ${checked}`,
      ),
    ]
  })
}

export function dependenciesSection({ snapshot }: PackContext): Content[] {
  const showRepo = snapshot.repos.length > 1
  const dependencies = snapshot.findings.filter((finding) => finding.category === 'dependency')
  const licences = snapshot.findings.filter((finding) => finding.category === 'licence')
  const summaries = repoSummaries(snapshot)
  if (dependencies.length === 0 && licences.length === 0 && summaries.length === 0)
    return [sectionHeading(SECTION_TITLES.dependencies), note(DEPENDENCIES_NOT_ANALYSED)]
  return [
    sectionHeading(SECTION_TITLES.dependencies),
    ...summaries,
    subheading('Dependencies'),
    ...(dependencies.length === 0
      ? [note('No dependency findings.')]
      : [
          paragraph(`${plural(dependencies.length, 'dependency finding')}: ${severityCounts(dependencies)}.`),
          ...findingsTable(dependencies, showRepo),
        ]),
    subheading('Licences'),
    ...(licences.length === 0
      ? [note('No licence findings.')]
      : [
          paragraph(`${plural(licences.length, 'licence finding')}: ${severityCounts(licences)}.`),
          ...findingsTable(licences, showRepo),
        ]),
  ]
}
