import type { Content } from 'pdfmake/interfaces'
import { COGNITIVE_LIMIT, CYCLOMATIC_LIMIT } from '../../../../../shared/domain/facts/complexity-facts'
import type { TsconfigStrictness } from '../../../../../shared/domain/facts/complexity-facts'
import { cell, dataTable, flagCell, keepTogether, note, numberCell, subheading } from '../../blocks'
import type { RepoView } from '../../context'
import type { ComplexitySummary } from '../../facts'
import { formatInteger, formatNumber, formatPercent } from '../../format'
import { repoLine } from '../../repo-text'

const TITLE = 'Complexity, duplication and type safety'

/** Complexity is measured in JavaScript and TypeScript: a repository without any has nothing to show. */
export const measured = (view: RepoView): view is RepoView & { complexity: ComplexitySummary } =>
  view.complexity !== null && view.complexity.totals.files > 0

/** `any`, suppression comments and non-null assertions: each turns a check off where it was inconvenient. */
function typeSafetyEscapes(totals: ComplexitySummary['totals']): string {
  const escapes =
    totals.anyCount + totals.tsIgnore + totals.tsExpectError + totals.eslintDisable + totals.nonNullAssertions
  const perThousand = totals.codeLines === 0 ? null : (escapes / totals.codeLines) * 1000
  return perThousand === null
    ? formatInteger(escapes)
    : `${formatInteger(escapes)} (${formatNumber(perThousand)} per 1,000 lines)`
}

function strictnessCell(tsconfigs: readonly TsconfigStrictness[]) {
  if (tsconfigs.length === 0) return cell('no tsconfig')
  const loose = tsconfigs.filter((config) => config.strict === false).length
  if (loose > 0) return flagCell(false, `no (${loose} of ${tsconfigs.length} not strict)`)
  if (tsconfigs.every((config) => config.strict === true)) return flagCell(true)
  return cell('unknown (set in an outside base config)')
}

/** One row per repository with measured code: how much of it is hard to change, and why. */
export function complexitySummary(repos: readonly RepoView[]): Content[] {
  const rows = repos.filter(measured)
  const unmeasured = repos.filter((view) => !measured(view)).map((view) => view.repo.name)
  const unmeasuredNote =
    unmeasured.length === 0
      ? []
      : [
          note(
            `Not measured for ${unmeasured.join(', ')}: complexity is measured in JavaScript and TypeScript only, and older analyses did not measure it.`,
          ),
        ]
  if (rows.length === 0)
    return [
      keepTogether([
        subheading(TITLE),
        note('Function-level complexity, duplication and type safety were not measured.'),
        ...unmeasuredNote,
      ]),
    ]
  return [
    dataTable(
      [
        { header: 'Repository', width: '*' },
        { header: 'Functions', width: 50, align: 'right' },
        { header: 'Over the limits', width: 55, align: 'right' },
        { header: 'Duplicated lines', width: 55, align: 'right' },
        { header: 'Type-safety escapes', width: 95, align: 'right' },
        { header: 'TODO markers', width: 45, align: 'right' },
        { header: 'TypeScript strict', width: 75 },
      ],
      rows.map(({ repo, complexity: { totals, duplication, tsconfigs } }) => [
        cell(repoLine(repo.name, 120)),
        numberCell(totals.functions),
        cell(
          `${formatInteger(totals.complexFunctions)} (${formatPercent(totals.functions === 0 ? null : totals.complexFunctions / totals.functions)})`,
        ),
        cell(duplication.totalLines === 0 ? '–' : `${formatNumber(duplication.percentage)}%`),
        cell(typeSafetyEscapes(totals)),
        numberCell(totals.markers),
        strictnessCell(tsconfigs),
      ]),
      {
        title: TITLE,
        level: 2,
        caption: `Functions over cognitive complexity ${COGNITIVE_LIMIT} or cyclomatic complexity ${CYCLOMATIC_LIMIT} are hard to read and to test path by path. Type-safety escapes are any types, @ts-ignore, @ts-expect-error and eslint-disable comments and non-null assertions: checks switched off where they were inconvenient.`,
      },
    ),
    ...unmeasuredNote,
  ]
}
