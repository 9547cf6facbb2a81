import type { Content } from 'pdfmake/interfaces'
import { note, paragraph, sectionHeading, subheading } from '../blocks'
import type { PackContext } from '../context'
import { findingsTable, severityCounts } from '../findings-table'
import { plural } from '../format'
import { SECTION_TITLES } from '../section-titles'

export const DEPENDENCIES_NOT_ANALYSED =
  'Dependencies and licences are not analysed yet: this snapshot has no dependency or licence findings, so known vulnerabilities, outdated or abandoned components and licence conflicts are unknown.'

export function dependenciesSection({ snapshot }: PackContext): Content[] {
  const showRepo = snapshot.repos.length > 1
  const dependencies = snapshot.findings.filter((finding) => finding.category === 'dependency')
  const licences = snapshot.findings.filter((finding) => finding.category === 'licence')
  if (dependencies.length === 0 && licences.length === 0)
    return [sectionHeading(SECTION_TITLES.dependencies), note(DEPENDENCIES_NOT_ANALYSED)]
  return [
    sectionHeading(SECTION_TITLES.dependencies),
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
