import type { Content, ContentText } from 'pdfmake/interfaces'
import { keyValueTable, note, paragraph, sectionHeading, subheading } from '../blocks'
import { COCOMO_ORGANIC } from '../cocomo'
import type { PackContext } from '../context'
import { formatInteger, formatMoney, formatNumber } from '../format'
import { WORKING_DAYS_PER_YEAR } from '../remediation-cost'
import { repoLine } from '../repo-text'
import { SECTION_TITLES } from '../section-titles'
import { COLOURS } from '../theme'

/** pdfmake sets superscripts at 58% of this size: about 6.7 pt, legible beside 8.5 pt formulas. */
const sup = (text: string): ContentText => ({ text, sup: true, fontSize: 11.5 })

/** One formula line, e.g. "effort = 2.4 × KLOC^1.05". */
const formula = (parts: (string | ContentText)[]): Content => ({ text: parts, style: 'formula' })

/** A bordered panel with a title, a headline figure and its details. */
function panel(title: string, headline: string, rows: [string, string][], formulas: Content[]): Content {
  return {
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              { text: title, bold: true, color: COLOURS.navy, fontSize: 10.5 },
              { text: headline, fontSize: 20, bold: true, color: COLOURS.accent, margin: [0, 6, 0, 8] },
              keyValueTable(rows, 110),
              {
                text: 'How it is computed',
                bold: true,
                fontSize: 8,
                color: COLOURS.muted,
                margin: [0, 2, 0, 2],
              },
              ...formulas,
            ],
            margin: [8, 8, 8, 8],
          },
        ],
      ],
    },
    layout: {
      hLineWidth: () => 0.75,
      vLineWidth: () => 0.75,
      hLineColor: () => COLOURS.rule,
      vLineColor: () => COLOURS.rule,
    },
  }
}

export function costSection(context: PackContext): Content[] {
  const { snapshot, replacement, remediation, repos } = context
  const { annualWage, overhead, hoursPerDay, currency } = snapshot.costAssumptions
  const money = (amount: number) => formatMoney(amount, currency)
  const { a, b, c, d } = COCOMO_ORGANIC
  const byRepo = repos.filter((view) => view.inventory !== null)

  return [
    sectionHeading(SECTION_TITLES.cost),
    paragraph(
      'Two figures, priced with the same assumptions so they can be compared: what rebuilding the codebase from scratch would cost, and what fixing its open technical debt would cost.',
    ),
    subheading('Assumptions'),
    keyValueTable(
      [
        ['Average annual wage', money(annualWage)],
        ['Overhead multiplier', `${formatNumber(overhead, 2)} (office, equipment, management, benefits)`],
        ['Hours per working day', formatNumber(hoursPerDay, 1)],
        ['Working days per year', String(WORKING_DAYS_PER_YEAR)],
        [
          'Hourly rate',
          `${formatMoney(remediation.hourlyRate, currency, 2)} = wage × overhead ÷ (${WORKING_DAYS_PER_YEAR} days × ${formatNumber(hoursPerDay, 1)} h)`,
        ],
        ['Currency', repoLine(currency, 8)],
      ],
      160,
    ),
    {
      text: 'The wage and overhead default to those of scc (56,286 a year, overhead 2.4); the auditor can change them before exporting.',
      style: 'small',
      margin: [0, 0, 0, 10],
    },
    {
      columns: [
        panel(
          'Replacement cost (basic COCOMO, organic)',
          money(replacement.cost),
          [
            [
              'Code lines',
              `${formatInteger(replacement.codeLines)} (${formatNumber(replacement.kloc, 2)} KLOC)`,
            ],
            ['Effort', `${formatNumber(replacement.effortPersonMonths, 2)} person-months`],
            ['Schedule', `${formatNumber(replacement.scheduleMonths, 2)} months`],
            ['Developers', formatNumber(replacement.developers, 2)],
          ],
          [
            formula(['effort = ', `${a} × KLOC`, sup(String(b)), ' person-months']),
            formula(['schedule = ', `${c} × effort`, sup(String(d)), ' months']),
            formula(['developers = effort ÷ schedule']),
            formula(['cost = effort × (wage ÷ 12) × overhead']),
          ],
        ),
        panel(
          'Debt remediation cost',
          money(remediation.cost),
          [
            ['Open debt items', formatInteger(remediation.openItems)],
            ['Effort', `${formatNumber(remediation.hours)} hours`],
            ['Person-days', formatNumber(remediation.personDays)],
            ['Hourly rate', formatMoney(remediation.hourlyRate, currency, 2)],
          ],
          [
            formula(['cost = Σ effort hours of open items × hourly rate']),
            formula([`hourly rate = wage × overhead ÷ (${WORKING_DAYS_PER_YEAR} × hours per day)`]),
            formula(['effort per finding: the rule\u2019s estimate']),
          ],
        ),
      ],
      columnGap: 12,
      margin: [0, 0, 0, 12],
    },
    ...(byRepo.length > 1
      ? [
          paragraph(
            repoLine(
              `Code lines by repository: ${byRepo.map((view) => `${view.repo.name} ${formatInteger(view.inventory?.totals.code ?? 0)}`).join('; ')}.`,
              4_000,
            ),
          ),
        ]
      : []),
    ...(replacement.codeLines === 0
      ? [note('No code lines were counted, so the replacement cost is zero.')]
      : []),
    subheading('Reading these figures', 3),
    paragraph(
      'COCOMO estimates the effort to write this much code again with a small, experienced team; it is not a valuation and ignores what the code does, its design and the knowledge behind it. Basic COCOMO was calibrated on projects of the 1970s and is commonly off by a factor of two either way. The remediation cost covers open debt items only, at the rules\u2019 effort estimates; accepted, planned and won\u2019t-fix items and debt the analyzers cannot see are not in it.',
    ),
  ]
}
