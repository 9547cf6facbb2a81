import type { Alignment, Content, ContentText, Margins, Size, TableCell } from 'pdfmake/interfaces'
import { formatInteger } from './format'
import {
  COLOURS,
  CONTENT_WIDTH,
  DATA_TABLE_LAYOUT,
  TABLE_PADDING,
  TITLED_TABLE_LAYOUT,
  PLAIN_LAYOUT,
  RATING_COLOURS,
  RATING_LABELS,
  type Rating,
} from './theme'

/** The building blocks every section is made of, so all sections look alike. */
export type Text = string | ContentText

const asText = (text: Text): ContentText => (typeof text === 'string' ? { text } : text)

/**
 * A numbered section heading on a new page, listed in the table of contents. The heading text is
 * ours, never repository text (a TOC entry must be a plain string).
 */
export function sectionHeading(title: string): Content {
  return {
    stack: [
      { text: title, style: 'h1', tocItem: true, outline: true },
      {
        canvas: [
          { type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 1.5, lineColor: COLOURS.accent },
        ],
        margin: [0, 4, 0, 12],
      },
    ],
    pageBreak: 'before',
  }
}

export const subheading = (text: Text, level: 2 | 3 = 2): Content => ({
  ...asText(text),
  style: `h${level}`,
})

/** Content that moves to the next page whole rather than split (a heading with its small table). */
export const keepTogether = (content: Content[]): Content => ({ stack: content, unbreakable: true })

export const paragraph = (text: Text | (string | ContentText)[]): Content =>
  Array.isArray(text) ? { text, style: 'paragraph' } : { ...asText(text), style: 'paragraph' }

/** The sentence a section shows instead of data it does not have. */
export const note = (text: string): Content => ({ text, style: 'note' })

export const small = (text: Text): ContentText => ({ ...asText(text), style: 'small' })

export const bullets = (items: (Text | (string | ContentText)[])[]): Content => ({
  ul: items.map((item) => (Array.isArray(item) ? { text: item } : asText(item))),
  margin: [0, 0, 0, 6],
})

export interface Column {
  header: string
  width: Size
  align?: Alignment
}

/** A table cell; without `align` it takes its column's alignment. */
export function cell(text: Text | (string | ContentText)[], align?: Alignment): TableCell {
  const node = Array.isArray(text) ? { text } : asText(text)
  return align === undefined ? { ...node, style: 'cell' } : { ...node, style: 'cell', alignment: align }
}

export const numberCell = (value: number): TableCell => cell(formatInteger(value), 'right')

/** A yes/no cell: green when the answer is the good one, red when not. */
export const flagCell = (good: boolean, text = good ? 'yes' : 'no'): TableCell =>
  cell({ text, bold: good, color: good ? RATING_COLOURS.green : RATING_COLOURS.red })

/** A cell holding several stacked lines (e.g. a title with its location underneath). */
export const stackCell = (lines: Content[]): TableCell => ({ stack: lines, style: 'cell' })

/** A cell with its column's alignment, unless it has its own (or is not an object that can take one). */
function aligned(entry: TableCell, align: Alignment | undefined): TableCell {
  if (align === undefined || typeof entry !== 'object' || Array.isArray(entry) || 'alignment' in entry)
    return entry
  // Spreading widens pdfmake's union of cell types; the node is the same kind of cell as before.
  return { ...entry, alignment: align } as TableCell
}

/** Tables this short move to the next page whole; longer ones split, but never before this many rows. */
const KEEP_WHOLE_ROWS = 4
const ROWS_WITH_HEADER = 3

export interface TableTitle {
  title: Text
  level?: 2 | 3
  /** A line under the title, e.g. what the table shows and why. */
  caption?: string
}

/** The title as a table row spanning every column, so it can never be parted from its table. */
function titleRow(columnCount: number, { title, level = 3, caption }: TableTitle): TableCell[] {
  return [
    {
      stack: [
        { ...asText(title), style: `h${level}` },
        ...(caption === undefined ? [] : [{ text: caption, margin: [0, 0, 0, 4] as Margins }]),
      ],
      colSpan: columnCount,
      // Cancels the cell padding, so the title lines up with the text around the table.
      margin: [-TABLE_PADDING, 0, 0, 0],
    },
    ...Array.from({ length: columnCount - 1 }, () => ({})),
  ]
}

/**
 * A data table whose header row repeats on every page it spans. With a title, the title is a header
 * row too: a heading is never left alone at the bottom of a page, and a continued table says what it
 * is. Cells of a row match columns by position; alignment comes from the column unless a cell sets
 * its own.
 */
export function dataTable(
  columns: readonly Column[],
  rows: readonly TableCell[][],
  title?: TableTitle,
): Content {
  const header: TableCell[] = columns.map((column) => ({
    text: column.header,
    style: 'tableHeader',
    alignment: column.align ?? 'left',
  }))
  const body = rows.map((row) => row.map((entry, index) => aligned(entry, columns[index]?.align)))
  const heading = title === undefined ? [] : [titleRow(columns.length, title)]
  const table: Content = {
    table: {
      headerRows: heading.length + 1,
      // Never leave the header rows alone, or with a row or two, at the bottom of a page.
      keepWithHeaderRows: Math.min(ROWS_WITH_HEADER, rows.length),
      // A row's lines stay on one page: a question or a title cut in half is hard to read.
      dontBreakRows: true,
      widths: columns.map((column) => column.width),
      body: [...heading, header, ...body],
    },
    layout: title === undefined ? DATA_TABLE_LAYOUT : TITLED_TABLE_LAYOUT,
    margin: [0, 2, 0, 8],
  }
  return rows.length <= KEEP_WHOLE_ROWS ? keepTogether([table]) : table
}

/** Label / value pairs without rules, e.g. the cover details and the cost assumptions. */
export function keyValueTable(
  rows: readonly (readonly [string, Text | (string | ContentText)[]])[],
  labelWidth = 150,
): Content {
  return {
    table: {
      widths: [labelWidth, '*'],
      body: rows.map(([label, value]) => [
        { text: label, color: COLOURS.muted },
        Array.isArray(value) ? { text: value } : asText(value),
      ]),
    },
    layout: PLAIN_LAYOUT,
    margin: [0, 0, 0, 8],
  }
}

/** A figure with its label underneath, for the key-figure grids. */
export const figure = (value: string, label: string): Content => ({
  stack: [
    { text: value, style: 'figure' },
    { text: label, style: 'figureLabel' },
  ],
  margin: [0, 0, 0, 8],
})

/** Figures in rows of `perRow`, evenly spaced. */
export function figureGrid(figures: readonly Content[], perRow = 4): Content {
  const rows: Content[][] = []
  for (let index = 0; index < figures.length; index += perRow) {
    const row = figures.slice(index, index + perRow)
    while (row.length < perRow) row.push({ text: '' })
    rows.push(row)
  }
  return {
    table: { widths: Array.from({ length: perRow }, () => '*'), body: rows },
    layout: PLAIN_LAYOUT,
    margin: [0, 4, 0, 8],
  }
}

/** A rating as a coloured word, e.g. in running text. */
export const ratingWord = (rating: Rating): ContentText => ({
  text: RATING_LABELS[rating],
  bold: true,
  color: RATING_COLOURS[rating],
})

/** A table cell filled with the rating's colour. */
export const ratingCell = (rating: Rating): TableCell => ({
  text: RATING_LABELS[rating],
  bold: true,
  color: '#ffffff',
  fillColor: RATING_COLOURS[rating],
  alignment: 'center',
  style: 'cell',
})

/** "Showing 25 of 20,004 …": said whenever a table is cut, so no reader mistakes it for the whole. */
export function moreNote(shown: number, total: number, what: string): Content[] {
  return total > shown ? [note(`Showing ${formatInteger(shown)} of ${formatInteger(total)} ${what}.`)] : []
}
