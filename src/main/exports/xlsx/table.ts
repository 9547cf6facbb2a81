import type { Font, Style, Worksheet } from 'exceljs'
import { HEADER_FILL, HEADER_FONT } from './styles'
import { toCell, type CellValue } from './to-cell'

/** One column of a data sheet: its header, how a row fills it, and how it looks. */
export interface Column<Row> {
  header: string
  cell: (row: Row) => unknown
  numFmt?: string
  /** Widest the column may get, in characters: prose columns stay scannable. */
  maxWidth?: number
  /** Narrowest, for columns the auditor fills in later (owner, notes), which are often empty at export. */
  minWidth?: number
  /** A font for this cell of some rows, e.g. to mark what the auditor has not confirmed. */
  font?: (row: Row) => Partial<Font> | undefined
}

export interface Table {
  /** The last row of the table: 1 (the header) when there is no data. */
  lastRow: number
  /** `D2:D{lastRow}`; at least row 2, so a rule also covers the first row typed into an empty table. */
  dataRange(header: string): string
}

const MIN_WIDTH = 8
const DEFAULT_MAX_WIDTH = 50
const PADDING = 2

/**
 * Writes a filterable table from row 1: bold header, frozen under the header, auto-filter over the data,
 * widths from the content (capped). Every value goes through toCell; blanks are left without a cell, so
 * the filter's "(Blanks)" works and the file stays small.
 */
export function writeTable<Row>(
  sheet: Worksheet,
  columns: readonly Column<Row>[],
  rows: Iterable<Row>,
): Table {
  // Column formats also style the cells the auditor adds below the table.
  columns.forEach((column, index) => {
    if (column.numFmt !== undefined) sheet.getColumn(index + 1).numFmt = column.numFmt
  })

  // exceljs caches the style id of each style object it writes. Cells sharing one object per column are
  // looked up once; the fresh object exceljs gives every new cell would be serialised again for each cell,
  // a large share of the write time at 20,000 rows.
  const columnStyles: Partial<Style>[] = columns.map((column) =>
    column.numFmt === undefined ? {} : { numFmt: column.numFmt },
  )
  const widths = columns.map((column) => column.header.length)
  const header = sheet.addRow(columns.map((column) => toCell(column.header)))
  header.font = HEADER_FONT
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL
  })

  let lastRow = 1
  for (const row of rows) {
    const values: (CellValue | undefined)[] = columns.map((column, index) => {
      const value = toCell(column.cell(row))
      const length = typeof value === 'number' ? numberWidth(value) : value.length
      if (length > (widths[index] ?? 0)) widths[index] = length
      return value === '' ? undefined : value
    })
    const added = sheet.addRow(values)
    columns.forEach((column, index) => {
      const font = column.font?.(row)
      if (values[index] === undefined && font === undefined) return
      const style = columnStyles[index] ?? {}
      // A font gets its own style object: cell.font would change the shared one in place.
      added.getCell(index + 1).style = font === undefined ? style : { ...style, font }
    })
    lastRow += 1
  }

  columns.forEach((column, index) => {
    const min = column.minWidth ?? MIN_WIDTH
    const max = column.maxWidth ?? DEFAULT_MAX_WIDTH
    sheet.getColumn(index + 1).width = Math.min(max, Math.max(min, (widths[index] ?? 0) + PADDING))
  })
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }]
  const lastLetter = sheet.getColumn(columns.length).letter
  sheet.autoFilter = `A1:${lastLetter}${lastRow}`

  return {
    lastRow,
    dataRange(headerText: string): string {
      const index = columns.findIndex((column) => column.header === headerText)
      if (index < 0) throw new Error(`No column "${headerText}" in sheet ${sheet.name}`)
      const letter = sheet.getColumn(index + 1).letter
      return `${letter}2:${letter}${Math.max(2, lastRow)}`
    },
  }
}

/** Roughly what Excel shows: two decimals at most for the formats used here. */
function numberWidth(value: number): number {
  return String(Math.round(value * 100) / 100).length
}
