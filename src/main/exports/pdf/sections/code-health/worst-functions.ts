import type { Content } from 'pdfmake/interfaces'
import { COGNITIVE_LIMIT, CYCLOMATIC_LIMIT } from '../../../../../shared/domain/facts/complexity-facts'
import type { FunctionComplexity } from '../../../../../shared/domain/facts/complexity-facts'
import { dataTable, keepTogether, moreNote, note, numberCell, stackCell, subheading } from '../../blocks'
import type { RepoView } from '../../context'
import { repoLine } from '../../repo-text'
import { COLOURS } from '../../theme'
import { measured } from './complexity-summary'

const FUNCTIONS_SHOWN = 12
const TITLE = 'Functions over the complexity limits'

/** The limits the engine flags a function at (complexity-findings). */
const overLimits = (fn: FunctionComplexity): boolean =>
  fn.cognitive > COGNITIVE_LIMIT || fn.cyclomatic > CYCLOMATIC_LIMIT

/**
 * The functions hardest to understand, by cognitive complexity, over every measured repository. Only
 * those over the limits: a list of simple functions would read as a problem to an investor.
 */
export function worstFunctions(repos: readonly RepoView[], showRepo: boolean): Content[] {
  const measuredRepos = repos.filter(measured)
  // Without any measured, the complexity summary above already says why.
  if (measuredRepos.length === 0) return []
  const worst: { item: FunctionComplexity; repo: string }[] = measuredRepos
    .flatMap((view) => view.complexity.worstFunctions.map((item) => ({ item, repo: view.repo.name })))
    .filter(({ item }) => overLimits(item))
    .sort(
      (left, right) =>
        right.item.cognitive - left.item.cognitive || right.item.cyclomatic - left.item.cyclomatic,
    )
  if (worst.length === 0)
    return [
      keepTogether([
        subheading(TITLE),
        note(
          `No measured function is over cognitive complexity ${COGNITIVE_LIMIT} or cyclomatic complexity ${CYCLOMATIC_LIMIT}.`,
        ),
      ]),
    ]
  // The facts keep only the worst functions; the totals count every one over the limits.
  const total = Math.max(
    worst.length,
    measuredRepos.reduce((sum, view) => sum + view.complexity.totals.complexFunctions, 0),
  )
  return [
    dataTable(
      [
        { header: 'Function', width: '*' },
        { header: 'Cognitive', width: 45, align: 'right' },
        { header: 'Cyclomatic', width: 48, align: 'right' },
        { header: 'Lines', width: 35, align: 'right' },
        { header: 'Parameters', width: 48, align: 'right' },
        { header: 'Nesting', width: 38, align: 'right' },
      ],
      worst.slice(0, FUNCTIONS_SHOWN).map(({ item, repo }) => [
        stackCell([
          { ...repoLine(item.name, 200), bold: true },
          {
            ...repoLine(`${showRepo ? `${repo} · ` : ''}${item.path}:${item.line} · ${item.kind}`, 600),
            fontSize: 7,
            color: COLOURS.muted,
          },
        ]),
        numberCell(item.cognitive),
        numberCell(item.cyclomatic),
        numberCell(item.lines),
        numberCell(item.parameters),
        numberCell(item.maxNesting),
      ]),
      {
        title: TITLE,
        level: 2,
        caption: `The hardest functions to understand, by cognitive complexity (branches and loops, weighted by how deeply they nest), over cognitive ${COGNITIVE_LIMIT} or cyclomatic ${CYCLOMATIC_LIMIT}. The Excel export lists the worst functions of each repository.`,
      },
    ),
    ...moreNote(FUNCTIONS_SHOWN, total, 'functions over the limits'),
  ]
}
