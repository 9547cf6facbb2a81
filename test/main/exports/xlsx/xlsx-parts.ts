import ExcelJS from 'exceljs'
import { createRequire } from 'node:module'
import type JSZip from 'jszip'

/** Reads a workbook back with exceljs, as a recipient's tool would. */
export async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  // exceljs types its input as an ArrayBuffer-like, not a Node Buffer: hand it the bytes as one.
  await workbook.xlsx.load(new Uint8Array(bytes).buffer)
  return workbook
}

/**
 * The raw XML of an .xlsx, for what exceljs cannot show when it reads a file back: whether a cell holds a
 * formula (`<f>`), its type attribute, and which relationships exist. jszip is exceljs' own dependency, so
 * it is loaded from exceljs' location rather than declared in package.json.
 */
const requireFromExceljs = createRequire(createRequire(import.meta.url).resolve('exceljs'))
const JSZipClass = requireFromExceljs('jszip') as typeof JSZip

export interface RawCell {
  /** The `t` attribute: "s" for a shared string, "n" (or absent) for a number, "str" for a formula result. */
  type: string | null
  /** Shared strings resolved to their text; numbers as written. */
  text: string | null
  /** The inner XML, formula elements included. */
  xml: string
}

export interface XlsxParts {
  /** Every part of the package by path. */
  files: Map<string, string>
  /** Worksheet XML by sheet name, in workbook order. */
  sheets: Map<string, string>
  sharedStrings: string[]
  cells(sheetName: string): Map<string, RawCell>
}

export async function readXlsxParts(bytes: Buffer): Promise<XlsxParts> {
  const zip = await JSZipClass.loadAsync(bytes)
  const files = new Map<string, string>()
  for (const [path, entry] of Object.entries(zip.files)) {
    if (!entry.dir) files.set(path, await entry.async('string'))
  }

  const rels = files.get('xl/_rels/workbook.xml.rels') ?? ''
  const targets = new Map<string, string>()
  for (const match of rels.matchAll(/<Relationship\b([^>]*)\/>/g)) {
    const id = attribute(match[1]!, 'Id')
    const target = attribute(match[1]!, 'Target')
    if (id !== null && target !== null) targets.set(id, target.replace(/^\/?(xl\/)?/, 'xl/'))
  }
  const sheets = new Map<string, string>()
  for (const match of (files.get('xl/workbook.xml') ?? '').matchAll(/<sheet\b([^>]*)\/>/g)) {
    const name = decodeXml(attribute(match[1]!, 'name') ?? '')
    const target = targets.get(attribute(match[1]!, 'r:id') ?? '')
    sheets.set(name, target === undefined ? '' : (files.get(target) ?? ''))
  }

  const sharedStrings = [...(files.get('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map(
    (si) => [...si[1]!.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((t) => decodeXml(t[1]!)).join(''),
  )

  return {
    files,
    sheets,
    sharedStrings,
    cells(sheetName) {
      const cells = new Map<string, RawCell>()
      const xml = sheets.get(sheetName) ?? ''
      for (const match of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const type = attribute(match[2]!, 't')
        const inner = match[3] ?? ''
        const value = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1] ?? null
        const inline = /<is>[\s\S]*?<t\b[^>]*>([\s\S]*?)<\/t>/.exec(inner)?.[1] ?? null
        const text =
          type === 's' && value !== null
            ? (sharedStrings[Number(value)] ?? null)
            : type === 'inlineStr'
              ? decodeXml(inline ?? '')
              : value === null
                ? null
                : decodeXml(value)
        cells.set(match[1]!, { type, text, xml: inner })
      }
      return cells
    },
  }
}

function attribute(attributes: string, name: string): string | null {
  return new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attributes)?.[1] ?? null
}

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, entity: string) => {
    switch (entity) {
      case 'lt':
        return '<'
      case 'gt':
        return '>'
      case 'amp':
        return '&'
      case 'quot':
        return '"'
      case 'apos':
        return "'"
      default:
        return String.fromCodePoint(
          entity.startsWith('#x') ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10),
        )
    }
  })
}
