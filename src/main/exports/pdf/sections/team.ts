import type { Content } from 'pdfmake/interfaces'
import type { GitHistoryFacts } from '../../../../shared/domain/facts/git-history-facts'
import { columnChart } from '../bar-chart'
import {
  cell,
  dataTable,
  figure,
  figureGrid,
  flagCell,
  keepTogether,
  moreNote,
  note,
  numberCell,
  paragraph,
  sectionHeading,
  small,
  subheading,
} from '../blocks'
import { metricValue, type PackContext, type RepoView } from '../context'
import { formatInteger, formatMonth, formatPercent, plural, formatShortDate } from '../format'
import {
  activeAuthorIds,
  authorName,
  contributors,
  filesWithDepartedMainAuthor,
  hotspots,
  truckFactorColour,
} from '../knowledge'
import { repoLine } from '../repo-text'
import { SECTION_TITLES } from '../section-titles'
import { COLOURS, CONTENT_WIDTH } from '../theme'

const CONTRIBUTORS_SHOWN = 30
const FILES_SHOWN = 10
const MONTHS_SHOWN = 24

function truckFactorText(history: GitHistoryFacts): Content {
  const { value, authorIds, filesConsidered } = history.truckFactor
  const names = authorIds.map((id) => authorName(history, id))
  return {
    text: [
      { text: `Truck factor ${value}`, bold: true, color: truckFactorColour(value) },
      names.length === 0
        ? `, over ${plural(filesConsidered, 'file')}.`
        : {
            text: [
              `: losing `,
              ...names.flatMap((name, index) => [
                ...(index === 0 ? [] : [index === names.length - 1 ? ' and ' : ', ']),
                { ...repoLine(name, 100), bold: true },
              ]),
              ` would leave more than half of the ${plural(filesConsidered, 'file')} considered without an active author who knows them.`,
            ],
          },
    ],
    style: 'paragraph',
  }
}

function contributorsTable(history: GitHistoryFacts): Content[] {
  const active = activeAuthorIds(history)
  const everyone = contributors(history)
  return [
    dataTable(
      [
        { header: 'Contributor', width: '*' },
        { header: 'Commits', width: 48, align: 'right' },
        { header: 'Lines added', width: 55, align: 'right' },
        { header: 'Lines deleted', width: 55, align: 'right' },
        { header: 'First commit', width: 72 },
        { header: 'Last commit', width: 72 },
        { header: 'Active (90 d)', width: 50, align: 'center' },
      ],
      everyone
        .slice(0, CONTRIBUTORS_SHOWN)
        .map((author) => [
          cell(
            author.bot
              ? [repoLine(author.name, 100), { text: ' (bot)', color: COLOURS.muted }]
              : [repoLine(author.name, 100)],
          ),
          numberCell(author.commits),
          numberCell(author.linesAdded),
          numberCell(author.linesDeleted),
          cell(formatShortDate(author.firstCommitAt)),
          cell(formatShortDate(author.lastCommitAt)),
          author.bot ? cell({ text: 'bot', color: COLOURS.muted }) : flagCell(active.has(author.id)),
        ]),
      { title: 'Contributors' },
    ),
    ...moreNote(CONTRIBUTORS_SHOWN, everyone.length, 'contributors, by commits'),
  ]
}

function departedPart(view: RepoView, history: GitHistoryFacts): Content[] {
  const percent = metricValue(view.repo, 'git-history/departed-knowledge-percent')
  const departed = filesWithDepartedMainAuthor(history)
  const summary =
    percent === null
      ? `${plural(departed.length, 'file')} whose main author no longer commits.`
      : `${formatPercent(percent / 100)} of the files were written only by people who have not committed in the last 90 days; ${plural(departed.length, 'file')} ${departed.length === 1 ? 'has' : 'have'} a main author who has left.`
  if (departed.length === 0)
    return [
      keepTogether([
        subheading('Departed knowledge', 3),
        paragraph(summary),
        note('Every file\u2019s main author is still active.'),
      ]),
    ]
  return [
    dataTable(
      [
        { header: 'File', width: '*' },
        { header: 'Main author (share)', width: 130 },
        { header: 'Commits', width: 48, align: 'right' },
        { header: 'Last changed', width: 72 },
      ],
      departed
        .slice(0, FILES_SHOWN)
        .map((file) => [
          cell(repoLine(file.path, 500)),
          cell([
            repoLine(authorName(history, file.mainAuthorId), 100),
            ` (${formatPercent(file.mainAuthorShare)})`,
          ]),
          numberCell(file.commits),
          cell(formatShortDate(file.lastChangedAt)),
        ]),
      { title: 'Departed knowledge', caption: summary },
    ),
    ...moreNote(FILES_SHOWN, departed.length, 'files with a departed main author'),
  ]
}

function hotspotTable(history: GitHistoryFacts): Content {
  return dataTable(
    [
      { header: 'File', width: '*' },
      { header: 'Commits', width: 48, align: 'right' },
      { header: 'Authors', width: 45, align: 'right' },
      { header: 'Main author (share)', width: 130 },
      { header: 'Last changed', width: 72 },
    ],
    hotspots(history, FILES_SHOWN).map((file) => [
      cell(repoLine(file.path, 500)),
      numberCell(file.commits),
      numberCell(file.authors),
      cell([
        repoLine(authorName(history, file.mainAuthorId), 100),
        ` (${formatPercent(file.mainAuthorShare)})`,
      ]),
      cell(formatShortDate(file.lastChangedAt)),
    ]),
    {
      title: 'Hotspot files',
      caption: 'The most-changed files and who knows them: where change is frequent, knowledge matters most.',
    },
  )
}

function repoPart(view: RepoView): Content[] {
  const { repo, history } = view
  if (history === null)
    return [
      subheading(repoLine(repo.name, 200)),
      note('The git-history analyzer has no results for this repository, so its team figures are unknown.'),
    ]
  const people = history.authors.filter((author) => !author.bot)
  const singleAuthor = metricValue(repo, 'git-history/single-author-files-percent')
  const months = history.commitsPerMonth.slice(-MONTHS_SHOWN)
  return [
    keepTogether([
      subheading(repoLine(repo.name, 200)),
      figureGrid([
        figure(formatInteger(history.commitCount), 'Commits'),
        figure(formatInteger(history.mergeCount), 'Merge commits'),
        figure(formatInteger(people.length), 'Contributors (people)'),
        figure(formatInteger(history.activeContributors90d), 'Active in the last 90 days'),
        figure(String(history.truckFactor.value), 'Truck factor'),
        figure(singleAuthor === null ? '–' : formatPercent(singleAuthor / 100), 'Files with a single author'),
        figure(formatShortDate(history.firstCommitAt), 'First commit'),
        figure(formatShortDate(history.lastCommitAt), 'Last commit'),
      ]),
      truckFactorText(history),
    ]),
    ...(months.length < 2
      ? []
      : [
          {
            stack: [
              small(
                `Commits per month, ${formatMonth(months[0]?.month ?? '')} to ${formatMonth(months[months.length - 1]?.month ?? '')}`,
              ),
              columnChart(
                months.map((month) => ({ label: formatMonth(month.month), value: month.commits })),
                CONTENT_WIDTH,
              ),
            ],
            unbreakable: true,
          },
        ]),
    ...(history.authors.length === 0
      ? [keepTogether([subheading('Contributors', 3), note('No commits, so no contributors.')])]
      : contributorsTable(history)),
    ...departedPart(view, history),
    history.files.length === 0
      ? keepTogether([subheading('Hotspot files', 3), note('No file history.')])
      : hotspotTable(history),
  ]
}

export function teamSection({ repos }: PackContext): Content[] {
  return [
    sectionHeading(SECTION_TITLES.team),
    ...(repos.length === 0
      ? [note('No repository has been analysed yet, so there is no history to read.')]
      : repos.flatMap(repoPart)),
  ]
}
