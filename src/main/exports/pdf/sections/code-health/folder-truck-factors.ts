import type { Content } from 'pdfmake/interfaces'
import type { FolderTruckFactor, GitHistoryFacts } from '../../../../../shared/domain/facts/git-history-facts'
import { cell, dataTable, moreNote, numberCell } from '../../blocks'
import type { RepoView } from '../../context'
import { authorName, truckFactorColour } from '../../knowledge'
import { repoLine } from '../../repo-text'

const FOLDERS_SHOWN = 12

/** Each top-level folder's truck factor, largest folders first: where one departure would hurt. */
export function folderTruckFactors(repos: readonly RepoView[], showRepo: boolean): Content[] {
  const all: { item: FolderTruckFactor; history: GitHistoryFacts; repo: string }[] = repos
    .flatMap(({ history, repo }) =>
      history === null ? [] : history.truckFactorByFolder.map((item) => ({ item, history, repo: repo.name })),
    )
    .sort((left, right) => right.item.filesConsidered - left.item.filesConsidered)
  // Older analyses did not measure folders; the team section has the repository's truck factor.
  if (all.length === 0) return []
  return [
    dataTable(
      [
        { header: 'Folder', width: 110 },
        ...(showRepo ? [{ header: 'Repository', width: 75 }] : []),
        { header: 'Files', width: 40, align: 'right' },
        { header: 'Truck factor', width: 50, align: 'right' },
        { header: 'Who holds the knowledge', width: '*' },
      ],
      all
        .slice(0, FOLDERS_SHOWN)
        .map(({ item, history, repo }) => [
          cell(repoLine(item.folder, 200)),
          ...(showRepo ? [cell(repoLine(repo, 120))] : []),
          numberCell(item.filesConsidered),
          cell({ text: String(item.value), bold: true, color: truckFactorColour(item.value) }),
          cell(repoLine(item.authorIds.map((id) => authorName(history, id)).join(', '), 400)),
        ]),
      {
        title: 'Truck factor per folder',
        level: 2,
        caption:
          'How many people would have to leave before more than half of a folder\u2019s files had no active author who knows them. A 1 means one person holds that part of the code.',
      },
    ),
    ...moreNote(FOLDERS_SHOWN, all.length, 'folders, largest first'),
  ]
}
