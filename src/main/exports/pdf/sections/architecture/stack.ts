import type { Content } from 'pdfmake/interfaces'
import type { TechnologyCategory } from '../../../../../shared/domain/facts/architecture-facts'
import { cell, dataTable, keepTogether, moreNote, note, paragraph, subheading } from '../../blocks'
import type { ArchitectureSummary } from '../../facts'
import { plural } from '../../format'
import { repoLine } from '../../repo-text'

const TECHNOLOGIES_SHOWN = 15

const CATEGORY_LABELS: Readonly<Record<TechnologyCategory, string>> = {
  framework: 'Framework',
  ui: 'User interface',
  server: 'Web server',
  api: 'API',
  graphql: 'GraphQL',
  orm: 'ORM / database client',
  datastore: 'Datastore',
  cache: 'Cache',
  queue: 'Queue',
  'cloud-sdk': 'Cloud SDK',
  payments: 'Payments',
  auth: 'Authentication',
  observability: 'Observability',
  ai: 'AI',
  'test-framework': 'Test framework',
  build: 'Build',
  mobile: 'Mobile',
  desktop: 'Desktop',
}

/** Our label for a category we know; a newer engine's category as it wrote it. */
const categoryLabel = (category: string): string =>
  (CATEGORY_LABELS as Readonly<Record<string, string>>)[category] ?? category

type Technology = ArchitectureSummary['technologies'][number]

/** Where the technology shows: imported by source files, or only declared in a manifest. */
function evidenceText(technology: Technology): string {
  const declared = technology.evidence.find((entry) => entry.source === 'manifest')
  const packageName = declared?.package ?? technology.evidence[0]?.package ?? ''
  const where = declared === undefined ? '' : ` in ${declared.path}`
  return technology.importingFiles > 0
    ? `${packageName}${where}, imported by ${plural(technology.importingFiles, 'file')}`
    : `${packageName}${where}, declared only`
}

/** The technologies and datastores detected from manifests and imports. */
export function stackPart({ technologies, datastores }: ArchitectureSummary): Content[] {
  if (technologies.length === 0)
    return [
      keepTogether([
        subheading('Stack', 3),
        note('No known framework, datastore or service library was found in the manifests or the imports.'),
      ]),
    ]
  return [
    dataTable(
      [
        { header: 'Technology', width: 110 },
        { header: 'Category', width: 95 },
        { header: 'Datastore', width: 70 },
        { header: 'Evidence', width: '*' },
      ],
      technologies
        .slice(0, TECHNOLOGIES_SHOWN)
        .map((technology) => [
          cell(repoLine(technology.name, 100)),
          cell(repoLine(categoryLabel(technology.category), 60)),
          cell(repoLine(technology.datastore ?? '–', 60)),
          cell(repoLine(evidenceText(technology), 300)),
        ]),
      {
        title: 'Stack',
        caption:
          'Recognised from the package manifests and the imports in the source. "Declared only" means no source file imports it: it may be unused, or used from configuration or another language.',
      },
    ),
    ...moreNote(TECHNOLOGIES_SHOWN, technologies.length, 'technologies'),
    ...(datastores.length === 0
      ? []
      : [
          paragraph([
            { text: 'Datastores: ', bold: true },
            repoLine(datastores.map((store) => store.name).join(', '), 400),
            '.',
          ]),
        ]),
  ]
}
