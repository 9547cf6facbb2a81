import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { TextItem } from 'pdfjs-dist/types/src/display/api'

/** A run of text on a page, where pdf.js put it. */
export interface PlacedText {
  str: string
  x: number
  y: number
  width: number
  /** The font size in points (the text matrix's vertical scale). */
  size: number
}

export interface PdfPage {
  number: number
  items: PlacedText[]
  /** The page's text, one line per text line, zero-width spaces removed. */
  text: string
  /** The same with all whitespace collapsed to single spaces, for phrases that may wrap. */
  flat: string
}

export interface PdfText {
  pages: PdfPage[]
  info: Record<string, unknown>
}

const ZERO_WIDTH_SPACE = /\u200b/g

/** The text of every page and the document information, read with pdf.js (no eval, no fonts loaded). */
export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const document = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise
  try {
    const pages: PdfPage[] = []
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number)
      const content = await page.getTextContent()
      const items = content.items.filter((item): item is TextItem => 'str' in item)
      let text = ''
      for (const item of items) text += item.str + (item.hasEOL ? '\n' : '')
      text = text.replace(ZERO_WIDTH_SPACE, '')
      pages.push({
        number,
        items: items.map((item) => ({
          str: item.str.replace(ZERO_WIDTH_SPACE, ''),
          x: item.transform[4] as number,
          y: item.transform[5] as number,
          width: item.width,
          size: Math.abs(item.transform[3] as number),
        })),
        text,
        flat: text.replace(/\s+/g, ' '),
      })
    }
    const metadata = await document.getMetadata()
    return { pages, info: metadata.info as Record<string, unknown> }
  } finally {
    await document.destroy()
  }
}

/** Section headings are set this large; a mention of the title in running text is smaller. */
const HEADING_SIZE = 16

/** The number of the page on which `title` is a heading, or 0 when it is none. */
export function headingPageNumber(doc: PdfText, title: string): number {
  return (
    doc.pages.find((entry) => entry.items.some((item) => item.str === title && item.size >= HEADING_SIZE))
      ?.number ?? 0
  )
}

/** The flat text of the pages from one section heading up to (not including) the next. */
export function sectionText(doc: PdfText, title: string, nextTitle: string): string {
  return doc.pages
    .slice(headingPageNumber(doc, title) - 1, headingPageNumber(doc, nextTitle) - 1)
    .map((page) => page.flat)
    .join(' ')
}
