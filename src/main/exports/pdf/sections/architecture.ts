import type { Content } from 'pdfmake/interfaces'
import type { InventoryFacts } from '../../../../shared/domain/facts/inventory-facts'
import {
  cell,
  dataTable,
  keepTogether,
  moreNote,
  note,
  numberCell,
  paragraph,
  sectionHeading,
  subheading,
} from '../blocks'
import type { PackContext, RepoView } from '../context'
import { formatBytes, formatDate, formatInteger, formatPercent, plural, shortSha } from '../format'
import { repoLine } from '../repo-text'
import { SECTION_TITLES } from '../section-titles'
import { importGraphPart } from './architecture/import-graph'
import { stackPart } from './architecture/stack'
import { testCodePart } from './architecture/test-code'

const EXCLUDED_SHOWN = 20

function languagesTable(inventory: InventoryFacts): Content {
  const total = inventory.totals.code
  return dataTable(
    [
      { header: 'Language', width: '*' },
      { header: 'Files', width: 50, align: 'right' },
      { header: 'Code lines', width: 65, align: 'right' },
      { header: 'Comment lines', width: 70, align: 'right' },
      { header: 'Blank lines', width: 60, align: 'right' },
      { header: 'Share of code', width: 65, align: 'right' },
    ],
    [
      ...inventory.languages.map((language) => [
        cell(repoLine(language.language, 80)),
        numberCell(language.files),
        numberCell(language.code),
        numberCell(language.comment),
        numberCell(language.blank),
        cell(formatPercent(total === 0 ? null : language.code / total)),
      ]),
      [
        cell({ text: 'Total', bold: true }),
        numberCell(inventory.languages.reduce((sum, language) => sum + language.files, 0)),
        cell({ text: formatInteger(total), bold: true }),
        numberCell(inventory.totals.comment),
        numberCell(inventory.totals.blank),
        cell('100%'),
      ],
    ],
  )
}

function excludedPart(inventory: InventoryFacts): Content[] {
  if (inventory.excluded.length === 0)
    return [
      keepTogether([
        subheading('Excluded files', 3),
        note('No tracked file was left out of the totals: every file counted as code.'),
      ]),
    ]
  const byKind = Object.entries(inventory.excludedCounts)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${kind} ${formatInteger(count)}`)
    .join(', ')
  return [
    dataTable(
      [
        { header: 'Path', width: '*' },
        { header: 'Kind', width: 65 },
        { header: 'Size', width: 55, align: 'right' },
        { header: 'Reason', width: 140 },
      ],
      inventory.excluded
        .slice(0, EXCLUDED_SHOWN)
        .map((file) => [
          cell(repoLine(file.path, 500)),
          cell(file.kind),
          cell(formatBytes(file.bytes)),
          cell(repoLine(file.reason, 300)),
        ]),
      {
        title: 'Excluded files',
        caption: `${plural(inventory.excluded.length, 'file')} left out of the code totals (${byKind}). Generated and vendored files are excluded on purpose, so that the line counts and the cost estimate reflect code the team writes and maintains.`,
      },
    ),
    ...moreNote(EXCLUDED_SHOWN, inventory.excluded.length, 'excluded files'),
  ]
}

function inventoryPart({ repo, inventory }: RepoView): Content[] {
  const where = `Commit ${shortSha(repo.commitSha)}${repo.branch ? ` on ${repo.branch}` : ''}, analysed ${formatDate(repo.analysedAt)}.`
  if (inventory === null)
    return [
      subheading(repoLine(repo.name, 200)),
      paragraph(repoLine(where, 400)),
      note(
        'The inventory analyzer has no results for this repository, so its languages and sizes are unknown.',
      ),
    ]
  const { totals } = inventory
  return [
    keepTogether([
      subheading(repoLine(repo.name, 200)),
      paragraph(repoLine(where, 400)),
      paragraph(
        `${plural(totals.code, 'line')} of code in ${plural(totals.files, 'counted file')} (${formatBytes(totals.bytes)}), in ${plural(inventory.languages.length, 'language')}; ${formatInteger(totals.comment)} comment and ${formatInteger(totals.blank)} blank lines besides.`,
      ),
    ]),
    inventory.languages.length === 0
      ? note('No file in a recognised programming language.')
      : languagesTable(inventory),
    ...excludedPart(inventory),
  ]
}

/** The stack, the import graph and the test code, when the architecture analyzer ran. */
function structurePart({ architecture }: RepoView): Content[] {
  if (architecture === null)
    return [
      note(
        'The architecture analyzer has no results for this repository, so its stack, import graph and test code are unknown.',
      ),
    ]
  return [...stackPart(architecture), ...importGraphPart(architecture), testCodePart(architecture)]
}

export function architectureSection(context: PackContext): Content[] {
  const { repos } = context
  return [
    sectionHeading(SECTION_TITLES.architecture),
    ...(repos.length === 0
      ? [note('No repository has been analysed yet.')]
      : repos.flatMap((view) => [...inventoryPart(view), ...structurePart(view)])),
  ]
}
