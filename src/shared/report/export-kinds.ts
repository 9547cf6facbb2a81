import { z } from 'zod'

/** The SBOM is per repository, saved as CycloneDX JSON; the other two are per engagement. */
export const SBOM_FILE = {
  label: 'SBOM (CycloneDX)',
  extension: 'cdx.json',
  fileType: 'CycloneDX JSON',
} as const

/**
 * The engagement-wide exports: the two deliverables and the findings as SARIF for other tools, with the
 * word that names each in its file name and the file type each is saved as.
 */
export const EXPORT_KINDS = {
  'debt-inventory': {
    label: 'Debt inventory',
    fileStem: 'debt-inventory',
    extension: 'xlsx',
    fileType: 'Excel workbook',
  },
  'dd-pack': { label: 'Due-diligence pack', fileStem: 'dd-pack', extension: 'pdf', fileType: 'PDF document' },
  sarif: { label: 'Findings (SARIF)', fileStem: 'findings', extension: 'sarif', fileType: 'SARIF log' },
} as const
export type ExportKind = keyof typeof EXPORT_KINDS
export const ExportKindSchema = z.enum(['debt-inventory', 'dd-pack', 'sarif'])

/** `orderly-debt-inventory-2026-12-02.xlsx`: the company, the export and the date, in characters every file system accepts. */
export function exportFileName(company: string, kind: ExportKind, date: Date): string {
  const slug =
    company
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'engagement'
  const { fileStem, extension } = EXPORT_KINDS[kind]
  return `${slug}-${fileStem}-${date.toISOString().slice(0, 10)}.${extension}`
}
