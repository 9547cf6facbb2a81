import { z } from 'zod'

/** The SBOM is per repository, saved as CycloneDX JSON; the other two are per engagement. */
export const SBOM_FILE = {
  label: 'SBOM (CycloneDX)',
  extension: 'cdx.json',
  fileType: 'CycloneDX JSON',
} as const

/** The two deliverables, with the file type each is saved as. */
export const EXPORT_KINDS = {
  'debt-inventory': { label: 'Debt inventory', extension: 'xlsx', fileType: 'Excel workbook' },
  'dd-pack': { label: 'Due-diligence pack', extension: 'pdf', fileType: 'PDF document' },
} as const
export type ExportKind = keyof typeof EXPORT_KINDS
export const ExportKindSchema = z.enum(['debt-inventory', 'dd-pack'])

/** `orderly-debt-inventory-2026-12-02.xlsx`: the company and the date, in characters every file system accepts. */
export function exportFileName(company: string, kind: ExportKind, date: Date): string {
  const slug =
    company
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'engagement'
  return `${slug}-${kind}-${date.toISOString().slice(0, 10)}.${EXPORT_KINDS[kind].extension}`
}
