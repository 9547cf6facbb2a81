import pdfmake from 'pdfmake'
import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import { installFonts, type FontFileSystem } from './fonts'

/** pdfmake's Node singleton has a virtual file system that its type declarations leave out. */
const pdfmakeWithVfs = pdfmake as typeof pdfmake & { virtualfs: FontFileSystem }

/**
 * Renders a document definition to PDF bytes. pdfmake may fetch URLs and read local files for fonts
 * and images (bpampuch/pdfmake#2375): both are refused outright, since every asset we use is already
 * in its virtual file system and a path or URL can only have come from where it should not.
 */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy(() => false)
  pdfmake.setFonts(await installFonts(pdfmakeWithVfs.virtualfs))
  return pdfmake.createPdf(definition).getBuffer()
}
