import type { Content } from 'pdfmake/interfaces'
import type { SnapshotScore } from '../../../../shared/report/audit-snapshot'
import { horizontalBars } from '../bar-chart'
import {
  cell,
  dataTable,
  keepTogether,
  note,
  numberCell,
  paragraph,
  ratingCell,
  sectionHeading,
  subheading,
} from '../blocks'
import type { PackContext } from '../context'
import { formatPercent } from '../format'
import { repoLine } from '../repo-text'
import { SECTION_TITLES } from '../section-titles'
import { RATING_COLOURS, RATING_LABELS } from '../theme'

const answered = (score: SnapshotScore): string => `${score.answered} of ${score.total}`

const caption = (score: SnapshotScore) => ({
  text: [
    { text: formatPercent(score.score), bold: true },
    `  ${RATING_LABELS[score.rating]}`,
    score.redFlags.length > 0
      ? ` · ${score.redFlags.length} red flag${score.redFlags.length === 1 ? '' : 's'}`
      : '',
  ],
  fontSize: 8.5,
  color: RATING_COLOURS[score.rating],
})

export function scoresSection({ snapshot }: PackContext): Content[] {
  const { checklists, overall } = snapshot
  if (checklists.length === 0)
    return [
      sectionHeading(SECTION_TITLES.scores),
      note('No checklist applies to this engagement yet, so no area has a score.'),
    ]
  return [
    sectionHeading(SECTION_TITLES.scores),
    paragraph(
      'Each area is a checklist. Its score is the weighted share of "yes" (full credit) and "partly" (half credit) among the items answered yes, partly or no. The bars show the score; the colour is the rating.',
    ),
    horizontalBars([
      {
        label: { text: 'Overall', bold: true },
        value: overall.score,
        colour: RATING_COLOURS[overall.rating],
        caption: caption(overall),
      },
      ...checklists.map((checklist) => ({
        label: repoLine(checklist.title, 100),
        value: checklist.score.score,
        colour: RATING_COLOURS[checklist.score.rating],
        caption: caption(checklist.score),
      })),
    ]),
    dataTable(
      [
        { header: 'Area', width: '*' },
        { header: 'Rating', width: 70, align: 'center' },
        { header: 'Score', width: 45, align: 'right' },
        { header: 'Answered', width: 60, align: 'right' },
        { header: 'Coverage', width: 50, align: 'right' },
        { header: 'Red flags', width: 45, align: 'right' },
      ],
      [
        ...checklists.map((checklist) => [
          cell(repoLine(checklist.title, 100)),
          ratingCell(checklist.score.rating),
          cell(formatPercent(checklist.score.score)),
          cell(answered(checklist.score)),
          cell(formatPercent(checklist.score.coverage)),
          numberCell(checklist.score.redFlags.length),
        ]),
        [
          cell({ text: 'Overall', bold: true }),
          ratingCell(overall.rating),
          cell({ text: formatPercent(overall.score), bold: true }),
          cell(answered(overall)),
          cell(formatPercent(overall.coverage)),
          numberCell(overall.redFlags.length),
        ],
      ],
    ),
    subheading('By section'),
    ...checklists.map((checklist) =>
      keepTogether([
        subheading(repoLine(checklist.title, 100), 3),
        dataTable(
          [
            { header: 'Section', width: '*' },
            { header: 'Rating', width: 70, align: 'center' },
            { header: 'Score', width: 45, align: 'right' },
            { header: 'Answered', width: 60, align: 'right' },
            { header: 'Red flags', width: 45, align: 'right' },
          ],
          checklist.sections.map((section) => [
            cell(repoLine(section.title, 200)),
            ratingCell(section.score.rating),
            cell(formatPercent(section.score.score)),
            cell(answered(section.score)),
            numberCell(section.score.redFlags.length),
          ]),
        ),
      ]),
    ),
  ]
}
