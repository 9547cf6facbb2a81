import type { Content } from 'pdfmake/interfaces'
import {
  cell,
  dataTable,
  keepTogether,
  moreNote,
  note,
  numberCell,
  paragraph,
  subheading,
} from '../../blocks'
import type { ArchitectureSummary } from '../../facts'
import { formatInteger, plural } from '../../format'
import { repoLine } from '../../repo-text'

const CYCLES_SHOWN = 10
const TITLE = 'Import graph'

/** Roboto has no arrow (U+2192): a right-pointing quotation mark stands in for "imports". */
const IMPORTS = ' › '

/** A cycle as its modules in import order, back to the first; with how many steps were left out. */
function cyclePath(cycle: ArchitectureSummary['cycles']['components'][number]): string {
  const shown = cycle.path.join(IMPORTS)
  const steps = Math.max(0, cycle.path.length - 1)
  return cycle.length > steps ? `${shown} … (${formatInteger(cycle.length)} imports in all)` : shown
}

/** The import graph in a sentence, then its cycles, each with one concrete loop. */
export function importGraphPart({ modules, imports, cycles }: ArchitectureSummary): Content[] {
  if (modules === 0)
    return [
      keepTogether([
        subheading(TITLE, 3),
        note('No JavaScript or TypeScript module was found, so there is no import graph to read.'),
      ]),
    ]
  const summary =
    `${plural(modules, 'source module')} in the import graph, with ${plural(imports.internalEdges, 'import link')} between them; ` +
    `${plural(imports.external, 'import')} of third-party packages` +
    (imports.unresolved === 0 ? '.' : `; ${plural(imports.unresolved, 'import')} could not be resolved.`)
  if (cycles.total === 0)
    return [
      keepTogether([
        subheading(TITLE, 3),
        paragraph(summary),
        note('No import cycle: every module can be understood and tested without the ones that import it.'),
      ]),
    ]
  // The summary is the table's caption, so the heading is never parted from its cycles.
  return [
    dataTable(
      [
        { header: 'Modules', width: 45, align: 'right' },
        { header: 'One cycle through them: each module imports the next', width: '*' },
      ],
      cycles.components
        .slice(0, CYCLES_SHOWN)
        .map((cycle) => [numberCell(cycle.size), cell(repoLine(cyclePath(cycle), 1_500))]),
      {
        title: TITLE,
        caption: `${summary} ${plural(cycles.total, 'import cycle')} through ${plural(cycles.modulesInCycles, 'module')}: modules in a cycle cannot be understood, tested or reused apart, and their load order decides which imports are still undefined at startup. Type-only imports are left out, as they vanish when the code is compiled.`,
      },
    ),
    ...moreNote(Math.min(CYCLES_SHOWN, cycles.components.length), cycles.total, 'cycles, largest first'),
  ]
}
