import type { Content } from 'pdfmake/interfaces'
import {
  bullets,
  figure,
  figureGrid,
  keepTogether,
  note,
  paragraph,
  sectionHeading,
  subheading,
} from '../blocks'
import type { PackContext } from '../context'
import { formatInteger, formatMoney, formatNumber, formatPercent, capitalise } from '../format'
import { activeAuthorIds } from '../knowledge'
import { repoLine, repoText } from '../repo-text'
import { SECTION_TITLES } from '../section-titles'
import { COLOURS, PLAIN_LAYOUT, RATING_COLOURS, RATING_LABELS } from '../theme'

const SUMMARY_MAX = 20_000

function truckFactorFigure({ repos }: PackContext): string {
  const values = repos.flatMap((view) => (view.history === null ? [] : [view.history.truckFactor.value]))
  if (values.length === 0) return '–'
  const lowest = Math.min(...values)
  return values.length === 1 ? String(lowest) : `${lowest} (lowest of ${values.length})`
}

export function executiveSummarySection(context: PackContext): Content[] {
  const { snapshot, repos, replacement, remediation } = context
  const { overall } = snapshot
  const currency = snapshot.costAssumptions.currency
  const people = new Set<string>()
  const active = new Set<string>()
  for (const { history } of repos) {
    if (history === null) continue
    for (const author of history.authors) if (!author.bot) people.add(author.id)
    for (const id of activeAuthorIds(history)) active.add(id)
  }
  const paragraphs = snapshot.executiveSummary
    .slice(0, SUMMARY_MAX)
    .split(/\n\s*\n/)
    .map((text) => text.trim())
    .filter((text) => text !== '')
  const flags = overall.redFlags.length

  return [
    sectionHeading(SECTION_TITLES.executiveSummary),
    {
      table: {
        widths: [110, '*'],
        body: [
          [
            {
              stack: [
                { text: 'OVERALL', fontSize: 7.5, bold: true, characterSpacing: 1, color: '#ffffff' },
                {
                  text: RATING_LABELS[overall.rating],
                  // "Incomplete" is the longest word and must fit the box on one line.
                  fontSize: overall.rating === 'incomplete' ? 17 : 20,
                  bold: true,
                  color: '#ffffff',
                },
              ],
              fillColor: RATING_COLOURS[overall.rating],
              alignment: 'center',
              margin: [0, 6, 0, 6],
            },
            {
              stack: [
                { text: `Overall rating: ${RATING_LABELS[overall.rating]}`, bold: true, fontSize: 11 },
                {
                  text:
                    `${overall.score === null ? 'No score yet' : `Score ${formatPercent(overall.score)}`}, with ${overall.answered} of ${overall.total} checklist items answered ` +
                    `(coverage ${formatPercent(overall.coverage)}); ${flags === 0 ? 'no red flags' : `${flags} red flag${flags === 1 ? '' : 's'}`}.`,
                  color: COLOURS.muted,
                  margin: [0, 3, 0, 0],
                },
              ],
              margin: [10, 8, 0, 0],
            },
          ],
        ],
      },
      layout: { ...PLAIN_LAYOUT, paddingRight: () => 0 },
      margin: [0, 0, 0, 14],
    },
    ...(paragraphs.length === 0
      ? [note('The auditor has not written an executive summary yet.')]
      : paragraphs.map((text) => paragraph(repoText(text, SUMMARY_MAX)))),
    keepTogether([
      subheading('Key figures'),
      figureGrid([
        figure(
          formatInteger(repos.length),
          repos.length === 1 ? 'Repository analysed' : 'Repositories analysed',
        ),
        figure(formatInteger(context.codeLines), 'Lines of code'),
        figure(formatInteger(context.commits), 'Commits'),
        figure(formatInteger(people.size), 'Contributors (people)'),
        figure(formatInteger(active.size), 'Active in the last 90 days'),
        figure(truckFactorFigure(context), 'Truck factor'),
        figure(formatInteger(remediation.openItems), 'Open debt items'),
        figure(`${formatNumber(remediation.hours)} h`, 'Remediation effort'),
        figure(formatMoney(remediation.cost, currency), 'Remediation cost'),
        figure(formatMoney(replacement.cost, currency), 'Replacement cost (COCOMO)'),
      ]),
    ]),
    ...(flags === 0
      ? []
      : [
          subheading('Red flags'),
          bullets(
            overall.redFlags.map((flag) => [
              { text: `${capitalise(flag.severity)}: `, bold: true },
              repoLine(flag.question, 400),
            ]),
          ),
        ]),
  ]
}
