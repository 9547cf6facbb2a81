import type { CustomTableLayout, StyleDictionary } from 'pdfmake/interfaces'
import type { SnapshotScore } from '../../../shared/report/audit-snapshot'
import { BODY_FONT_FAMILY } from './fonts'

/** Page geometry (A4, points) and the report's colours and text styles, in one place. */
export const PAGE = {
  width: 595.28,
  height: 841.89,
  margins: [50, 56, 50, 64] as [number, number, number, number],
}
export const CONTENT_WIDTH = PAGE.width - PAGE.margins[0] - PAGE.margins[2]

export const COLOURS = {
  ink: '#1f2933',
  muted: '#52606d',
  faint: '#9aa5b1',
  rule: '#d9e2ec',
  zebra: '#f5f7fa',
  navy: '#102a43',
  accent: '#2f6fab',
  headerFill: '#243b53',
  track: '#e4e7eb',
} as const

export type Rating = SnapshotScore['rating']

export const RATING_COLOURS: Readonly<Record<Rating, string>> = {
  green: '#2f855a',
  amber: '#b7791f',
  red: '#c53030',
  incomplete: '#7b8794',
}

export const RATING_LABELS: Readonly<Record<Rating, string>> = {
  green: 'Green',
  amber: 'Amber',
  red: 'Red',
  incomplete: 'Incomplete',
}

export const SEVERITY_COLOURS = {
  critical: '#9b1c1c',
  high: '#c53030',
  medium: '#b7791f',
  low: '#2f6fab',
  info: '#7b8794',
} as const

export const STYLES: StyleDictionary = {
  h1: { fontSize: 18, bold: true, color: COLOURS.navy },
  h2: { fontSize: 12.5, bold: true, color: COLOURS.navy, margin: [0, 14, 0, 6] },
  h3: { fontSize: 10.5, bold: true, color: COLOURS.headerFill, margin: [0, 10, 0, 4] },
  paragraph: { margin: [0, 0, 0, 6] },
  note: { italics: true, color: COLOURS.muted, margin: [0, 2, 0, 6] },
  small: { fontSize: 7.5, color: COLOURS.muted },
  tableHeader: { bold: true, fontSize: 8, color: '#ffffff' },
  cell: { fontSize: 8.5 },
  figure: { fontSize: 16, bold: true, color: COLOURS.navy },
  figureLabel: { fontSize: 7.5, color: COLOURS.muted },
  formula: { fontSize: 8.5, color: COLOURS.headerFill, margin: [0, 1, 0, 1] },
  tocTitle: { fontSize: 18, bold: true, color: COLOURS.navy, margin: [0, 0, 0, 14] },
  tocItem: { fontSize: 11, margin: [0, 5, 0, 5] },
  tocNumber: { fontSize: 11, bold: true, margin: [0, 5, 0, 5] },
  footer: { fontSize: 7.5, color: COLOURS.muted },
}

export const DEFAULT_STYLE = { font: BODY_FONT_FAMILY, fontSize: 9.5, lineHeight: 1.2, color: COLOURS.ink }

export const TABLE_PADDING = 5

/** Data tables: `titleRows` plain title rows, a dark header row, light rules between rows, zebra stripes. */
function dataTableLayout(titleRows: number): CustomTableLayout {
  return {
    hLineWidth: (index, node) => (index <= titleRows + 1 || index === node.table.body.length ? 0 : 0.5),
    vLineWidth: () => 0,
    hLineColor: () => COLOURS.rule,
    fillColor: (rowIndex, node) => {
      if (rowIndex < titleRows) return null
      const headerRows = node.table.headerRows ?? 0
      if (rowIndex < headerRows) return COLOURS.headerFill
      return (rowIndex - headerRows) % 2 === 1 ? COLOURS.zebra : null
    },
    paddingLeft: () => TABLE_PADDING,
    paddingRight: () => TABLE_PADDING,
    paddingTop: () => 3,
    paddingBottom: () => 3,
  }
}

export const DATA_TABLE_LAYOUT = dataTableLayout(0)
export const TITLED_TABLE_LAYOUT = dataTableLayout(1)

/** Layout tables (key figures, label/value lists): no lines at all. */
export const PLAIN_LAYOUT: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 8,
  paddingTop: () => 2,
  paddingBottom: () => 2,
}
