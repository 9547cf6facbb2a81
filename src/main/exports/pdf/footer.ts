import type { DynamicContent } from 'pdfmake/interfaces'
import { repoLine } from './repo-text'
import { COLOURS, CONTENT_WIDTH, PAGE } from './theme'

const NAME_MAX = 90

/** Every page: a hairline, the engagement's name on the left, "page X of Y" on the right. */
export function pageFooter(engagementName: string): DynamicContent {
  const name = repoLine(engagementName, NAME_MAX)
  return (currentPage, pageCount) => ({
    stack: [
      {
        canvas: [
          { type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 0.5, lineColor: COLOURS.rule },
        ],
      },
      {
        columns: [
          { text: [name, ' · Technical due diligence'], style: 'footer', width: '*' },
          { text: `page ${currentPage} of ${pageCount}`, style: 'footer', alignment: 'right', width: 80 },
        ],
        margin: [0, 6, 0, 0],
      },
    ],
    margin: [PAGE.margins[0], 24, PAGE.margins[2], 0],
  })
}
