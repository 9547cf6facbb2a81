import type { Content } from 'pdfmake/interfaces'
import { subheading } from '../blocks'
import { CONTENTS_TITLE } from '../section-titles'
import { PLAIN_LAYOUT, RATING_COLOURS, RATING_LABELS, type Rating } from '../theme'

const LEGEND: readonly (readonly [Rating, string])[] = [
  ['green', 'the area meets the bar for the company\u2019s stage.'],
  ['amber', 'the area falls short of the bar in places; worth a plan, not a deal-breaker.'],
  ['red', 'a red flag, or a score below the stage\u2019s amber line.'],
  ['incomplete', 'too few checklist items answered to rate the area yet.'],
]

/** The table of contents (page numbers filled in by pdfmake) and a short guide to the ratings. */
export function contentsPage(): Content[] {
  return [
    {
      toc: {
        title: { text: CONTENTS_TITLE, style: 'tocTitle' },
        textStyle: 'tocItem',
        numberStyle: 'tocNumber',
      },
      pageBreak: 'before',
    },
    subheading('How to read the ratings'),
    {
      table: {
        widths: [70, '*'],
        body: LEGEND.map(([rating, meaning]) => [
          {
            text: RATING_LABELS[rating],
            bold: true,
            color: '#ffffff',
            fillColor: RATING_COLOURS[rating],
            alignment: 'center',
            fontSize: 8.5,
          },
          { text: meaning, margin: [6, 0, 0, 0] },
        ]),
      },
      layout: { ...PLAIN_LAYOUT, paddingTop: () => 3, paddingBottom: () => 3 },
    },
    {
      text: 'Answers marked "suggested by Diligent, not confirmed" were proposed by the analysis engine from evidence in the repositories and have not been confirmed by the auditor. Every other answer is the auditor\u2019s.',
      style: 'small',
      margin: [0, 10, 0, 0],
    },
  ]
}
