import type { CodeHealthFacts } from './code-health-facts'
import { COGNITIVE_LIMIT, CYCLOMATIC_LIMIT } from '../../../../shared/domain/facts/complexity-facts'
import { countNoun } from './count-noun'

/**
 * A tile of the overview's StatGrid. Declared here, not imported from StatGrid.tsx, so that this module
 * and its tests stay free of JSX.
 */
export interface HealthStat {
  label: string
  value: string
  hint: string
  tone?: 'warning'
}

function share(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${Math.round((part / whole) * 100)}%`
}

/** The headline numbers of the code-health view; a part the run did not measure adds no tile. */
export function codeHealthStats({ complexity, architecture }: CodeHealthFacts): HealthStat[] {
  const stats: HealthStat[] = []
  if (complexity) {
    const { totals, duplication, tsconfigs } = complexity
    const escapes =
      totals.anyCount +
      totals.tsIgnore +
      totals.tsExpectError +
      totals.eslintDisable +
      totals.nonNullAssertions
    const notStrict = tsconfigs.filter((tsconfig) => tsconfig.strict === false).length
    const unknown = tsconfigs.filter((tsconfig) => tsconfig.strict === null).length
    stats.push(
      {
        label: 'Functions measured',
        value: totals.functions.toLocaleString(),
        hint: `in ${countNoun(totals.files, 'file')}, ${countNoun(totals.codeLines, 'code line')}`,
      },
      {
        label: 'Complex functions',
        value: totals.complexFunctions.toLocaleString(),
        hint: `${share(totals.complexFunctions, totals.functions)} over cognitive ${COGNITIVE_LIMIT} or cyclomatic ${CYCLOMATIC_LIMIT}`,
      },
      {
        label: 'Duplication',
        value: `${duplication.percentage.toFixed(1)}%`,
        hint: `${countNoun(duplication.duplicatedLines, 'line')} in ${countNoun(duplication.cloneCount, 'duplicated block')}`,
      },
      {
        label: 'Type-safety escapes',
        value: escapes.toLocaleString(),
        hint: `${totals.anyCount} any · ${totals.tsIgnore} @ts-ignore · ${totals.tsExpectError} @ts-expect-error · ${totals.eslintDisable} eslint-disable · ${totals.nonNullAssertions} non-null !`,
      },
      {
        label: 'TODO / FIXME markers',
        value: totals.markers.toLocaleString(),
        hint: 'TODO, FIXME, HACK and XXX comments',
      },
      {
        label: 'tsconfigs not strict',
        value: tsconfigs.length === 0 ? '—' : String(notStrict),
        hint:
          tsconfigs.length === 0
            ? 'no tsconfig.json found'
            : `of ${tsconfigs.length}${unknown > 0 ? `; ${unknown} unknown, set outside the repository` : ''}`,
        ...(notStrict > 0 ? { tone: 'warning' as const } : {}),
      },
    )
  }
  if (architecture) {
    const { tests, cycles } = architecture
    stats.push(
      {
        label: 'Test ratio',
        value: tests.ratio === null ? '—' : tests.ratio.toFixed(2),
        hint: `${tests.testLines.toLocaleString()} test lines per ${tests.productionLines.toLocaleString()} production lines`,
        ...(tests.testFiles === 0 ? { tone: 'warning' as const } : {}),
      },
      {
        label: 'Import cycles',
        value: cycles.total.toLocaleString(),
        hint: `${cycles.modulesInCycles.toLocaleString()} modules caught in them`,
        ...(cycles.total > 0 ? { tone: 'warning' as const } : {}),
      },
    )
  }
  return stats
}
