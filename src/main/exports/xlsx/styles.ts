import type { DataValidation, Fill, Font, Worksheet } from 'exceljs'
import type { Severity } from '../../../shared/domain/finding'

/** The workbook's look: header style, number formats, severity colours, drop-down lists. */

export const NUMBER_FORMATS = {
  hours: '0.0',
  priority: '0.00',
  score: '0.00',
  percent: '0%',
  integer: '0',
} as const

export const HEADER_FONT: Partial<Font> = { bold: true }
export const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } }
export const TITLE_FONT: Partial<Font> = { bold: true, size: 14 }
export const SECTION_FONT: Partial<Font> = { bold: true, size: 12 }
/** Answers the engine proposed and no auditor confirmed: visibly not the auditor's word. */
export const SUGGESTION_FONT: Partial<Font> = { italic: true, color: { argb: 'FF7F6000' } }

const SEVERITY_COLOURS: Readonly<Partial<Record<Severity, { fill: string; font?: string }>>> = {
  critical: { fill: 'FFC00000', font: 'FFFFFFFF' },
  high: { fill: 'FFF4B084' },
  medium: { fill: 'FFFFE699' },
  low: { fill: 'FFDDEBF7' },
}

/**
 * Colours the severity column by value. A conditional format rather than per-cell fills, so a severity the
 * auditor edits later is recoloured, and 20,000 rows add four rules instead of 20,000 styles.
 */
export function addSeverityFill(sheet: Worksheet, ref: string): void {
  const rules = Object.entries(SEVERITY_COLOURS).map(([severity, colours], index) => ({
    type: 'cellIs' as const,
    operator: 'equal' as const,
    // Our own constant, quoted as an Excel string literal; no audited text is ever put in a rule.
    formulae: [`"${severity}"`],
    priority: index + 1,
    style: {
      // Differential formats take the colour of a solid fill from bgColor.
      fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: { argb: colours.fill } },
      ...(colours.font === undefined ? {} : { font: { color: { argb: colours.font }, bold: true } }),
    },
  }))
  sheet.addConditionalFormatting({ ref, rules })
}

/** exceljs keeps range validations in `worksheet.dataValidations`, which its typings leave out. */
interface SheetWithValidations {
  dataValidations?: { add(address: string, validation: DataValidation): unknown }
}

/**
 * A drop-down over a whole range, added once: per-cell validations would make exceljs compare and merge
 * 20,000 entries when it writes.
 */
export function addListValidation(
  sheet: Worksheet,
  ref: string,
  values: readonly string[],
  what: string,
): void {
  const validations = (sheet as unknown as SheetWithValidations).dataValidations
  if (validations === undefined) throw new Error('exceljs no longer exposes worksheet.dataValidations')
  validations.add(ref, {
    type: 'list',
    allowBlank: false,
    // Our own constants, comma-separated inside one Excel string literal.
    formulae: [`"${values.join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: `Unknown ${what}`,
    error: `Choose one of: ${values.join(', ')}`,
  })
}
