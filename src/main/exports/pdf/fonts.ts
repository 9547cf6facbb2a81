import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { TFontDictionary } from 'pdfmake/interfaces'
import { BRACKET_FONT_FAMILY, bracketFont } from './bracket-font'
import { fontCodePoints } from './glyph-coverage'

/**
 * The report's fonts: Roboto as bundled with pdfmake, read from its package folder on disk, and the
 * bracket font built in memory. Both go into pdfmake's virtual file system under our own keys, so
 * pdfmake never resolves a font from a path or URL of its own (security.md: PDF assets are local).
 */
export const BODY_FONT_FAMILY = 'Roboto'

const ROBOTO_FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const
const VFS_FOLDER = 'diligent-fonts'

/** The part of pdfmake's (untyped in Node) virtual file system we use. */
export interface FontFileSystem {
  writeFileSync(name: string, content: Buffer): void
}

function robotoFolder(): string {
  const require = createRequire(import.meta.url)
  return join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto')
}

let loaded: Promise<Record<string, Buffer>> | null = null

/** The font files by virtual name, read once per process. */
function fontFiles(): Promise<Record<string, Buffer>> {
  loaded ??= (async () => {
    const folder = robotoFolder()
    const entries = await Promise.all(
      Object.values(ROBOTO_FILES).map(
        async (file) => [`${VFS_FOLDER}/${file}`, await readFile(join(folder, file))] as const,
      ),
    )
    return Object.fromEntries([...entries, [`${VFS_FOLDER}/brackets.ttf`, bracketFont()]])
  })()
  // A failed read (a broken install) must not poison every later export.
  loaded.catch(() => {
    loaded = null
  })
  return loaded
}

/** Writes the fonts into `vfs` and returns the font dictionary that points at them. */
export async function installFonts(vfs: FontFileSystem): Promise<TFontDictionary> {
  for (const [name, content] of Object.entries(await fontFiles())) vfs.writeFileSync(name, content)
  const brackets = `${VFS_FOLDER}/brackets.ttf`
  return {
    [BODY_FONT_FAMILY]: {
      normal: `${VFS_FOLDER}/${ROBOTO_FILES.normal}`,
      bold: `${VFS_FOLDER}/${ROBOTO_FILES.bold}`,
      italics: `${VFS_FOLDER}/${ROBOTO_FILES.italics}`,
      bolditalics: `${VFS_FOLDER}/${ROBOTO_FILES.bolditalics}`,
    },
    // Escapes can sit in bold or italic text too; the brackets have one weight.
    [BRACKET_FONT_FAMILY]: { normal: brackets, bold: brackets, italics: brackets, bolditalics: brackets },
  }
}

let printable: ReadonlySet<number> | null = null

/**
 * The code points the embedded fonts can draw: Roboto's (its four styles share one character set)
 * and the brackets. Read synchronously, once per process, because text is made safe while the
 * document is being described, before anything is rendered.
 */
export function printableCodePoints(): ReadonlySet<number> {
  printable ??= new Set([
    ...fontCodePoints(readFileSync(join(robotoFolder(), ROBOTO_FILES.normal))),
    ...fontCodePoints(bracketFont()),
  ])
  return printable
}
