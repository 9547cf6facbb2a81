import type { Content } from 'pdfmake/interfaces'
import type { Hotspot } from '../../../../../shared/domain/facts/hotspot-facts'
import { cell, dataTable, flagCell, keepTogether, moreNote, note, numberCell, subheading } from '../../blocks'
import type { RepoView } from '../../context'
import { formatPercent, formatShortDate } from '../../format'
import { hotspots as mostChangedFiles } from '../../knowledge'
import { repoLine } from '../../repo-text'

const FILES_SHOWN = 12

const hasHotspots = (view: RepoView): boolean => (view.hotspots?.length ?? 0) > 0

function hotspotTable(repos: readonly RepoView[], showRepo: boolean): Content[] {
  const all: { item: Hotspot; repo: string }[] = repos
    .flatMap((view) => (view.hotspots ?? []).map((item) => ({ item, repo: view.repo.name })))
    .sort((left, right) => right.item.score - left.item.score || right.item.commits - left.item.commits)
  return [
    dataTable(
      [
        { header: 'File', width: '*' },
        ...(showRepo ? [{ header: 'Repository', width: 75 }] : []),
        { header: 'Commits', width: 42, align: 'right' },
        { header: 'Complexity', width: 50, align: 'right' },
        { header: 'Main author (share)', width: 110 },
        { header: 'Author active', width: 42, align: 'center' },
        { header: 'Tests found', width: 38, align: 'center' },
      ],
      all
        .slice(0, FILES_SHOWN)
        .map(({ item, repo }) => [
          cell(repoLine(item.path, 500)),
          ...(showRepo ? [cell(repoLine(repo, 120))] : []),
          numberCell(item.commits),
          numberCell(item.complexity),
          cell([repoLine(item.mainAuthorName, 100), ` (${formatPercent(item.mainAuthorShare)})`]),
          flagCell(!item.mainAuthorInactive),
          flagCell(item.tested),
        ]),
      {
        title: 'Hotspots: complex code that changes often',
        level: 2,
        caption:
          'Files ranked by commits times cognitive complexity: every change to them pays for their complexity again, so they are where refactoring returns most. An author is active with a commit in the last 90 days; tests are found by file name (the audit does not run them).',
      },
    ),
    ...moreNote(FILES_SHOWN, all.length, 'hotspots'),
  ]
}

/** For repositories without hotspots (complexity not measured): change frequency alone. */
function mostChangedTable(repos: readonly RepoView[], showRepo: boolean): Content {
  const files = repos
    .flatMap((view) =>
      view.history === null
        ? []
        : mostChangedFiles(view.history, FILES_SHOWN).map((item) => ({ item, repo: view.repo.name })),
    )
    .sort((left, right) => right.item.commits - left.item.commits)
    .slice(0, FILES_SHOWN)
  return dataTable(
    [
      { header: 'File', width: '*' },
      ...(showRepo ? [{ header: 'Repository', width: 80 }] : []),
      { header: 'Commits', width: 45, align: 'right' },
      { header: 'Lines added', width: 55, align: 'right' },
      { header: 'Lines deleted', width: 55, align: 'right' },
      { header: 'Authors', width: 42, align: 'right' },
      { header: 'Last changed', width: 70 },
    ],
    files.map(({ item, repo }) => [
      cell(repoLine(item.path, 500)),
      ...(showRepo ? [cell(repoLine(repo, 120))] : []),
      numberCell(item.commits),
      numberCell(item.linesAdded),
      numberCell(item.linesDeleted),
      numberCell(item.authors),
      cell(formatShortDate(item.lastChangedAt)),
    ]),
    {
      title: 'Most-changed files',
      level: 2,
      caption:
        'Change frequency is the interest rate of technical debt: problems in files that change often cost again on every change. Ranked by commits alone, for repositories without measured hotspots.',
    },
  )
}

/**
 * Where debt costs most: the hotspots of repositories whose complexity was measured, and the
 * most-changed files of the others that have a history.
 */
export function changeHotspots(repos: readonly RepoView[], showRepo: boolean): Content[] {
  const ranked = repos.filter(hasHotspots)
  const changeOnly = repos.filter((view) => !hasHotspots(view) && (view.history?.files.length ?? 0) > 0)
  if (ranked.length === 0 && changeOnly.length === 0)
    return [
      keepTogether([
        subheading('Hotspots'),
        note('No git history has been analysed, so change frequency is unknown.'),
      ]),
    ]
  return [
    ...(ranked.length === 0 ? [] : hotspotTable(ranked, showRepo)),
    ...(changeOnly.length === 0 ? [] : [mostChangedTable(changeOnly, showRepo)]),
  ]
}
