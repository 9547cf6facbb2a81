import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bracketFont } from '../../../../src/main/exports/pdf/bracket-font'
import { printableCodePoints } from '../../../../src/main/exports/pdf/fonts'
import { fontCodePoints } from '../../../../src/main/exports/pdf/glyph-coverage'
import { repoLine } from '../../../../src/main/exports/pdf/repo-text'

const roboto = async (): Promise<Buffer> =>
  readFile(
    join(
      dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')),
      'fonts/Roboto/Roboto-Regular.ttf',
    ),
  )

describe('glyph coverage', () => {
  it('reads the bracket font: exactly ⟨ and ⟩, in a well-formed file', () => {
    const font = bracketFont()
    expect([...fontCodePoints(font)]).toEqual([0x27e8, 0x27e9])
    // A TrueType file's 32-bit words add up to the magic number once head.checkSumAdjustment is set.
    let sum = 0
    for (let offset = 0; offset < font.length; offset += 4) sum = (sum + font.readUInt32BE(offset)) >>> 0
    expect(font.length % 4).toBe(0)
    expect(sum).toBe(0xb1b0afba)
  })

  it('reads Roboto: Latin, Greek and Cyrillic, but no angle brackets, CJK, Hebrew or emoji', async () => {
    const covered = fontCodePoints(await roboto())
    for (let code = 0x20; code <= 0x7e; code += 1) expect(covered.has(code)).toBe(true)
    for (const character of 'éßØŁΣжЖ×÷–—’…•€\u200b')
      expect(covered.has(character.codePointAt(0) ?? 0), character).toBe(true)
    for (const character of '⟨⟩→漢ש😀')
      expect(covered.has(character.codePointAt(0) ?? 0), character).toBe(false)
    expect(printableCodePoints().has(0x27e8)).toBe(true)
  })

  it('shows what the fonts cannot draw as code points, and composes accents first', () => {
    expect(repoLine('Zoë 李 😀 שלום')).toEqual({
      text: [
        'Zoë ',
        { text: '⟨', font: 'DiligentBrackets' },
        'U+674E',
        { text: '⟩', font: 'DiligentBrackets' },
        ' ',
        { text: '⟨', font: 'DiligentBrackets' },
        'U+1F600',
        { text: '⟩', font: 'DiligentBrackets' },
        ' ',
        ...['05E9', '05DC', '05D5', '05DD'].flatMap((code) => [
          { text: '⟨', font: 'DiligentBrackets' },
          `U+${code}`,
          { text: '⟩', font: 'DiligentBrackets' },
        ]),
      ],
    })
    // "e" + combining diaeresis becomes "ë", which Roboto has.
    expect(repoLine('Zoe\u0308')).toEqual({ text: 'Zoë' })
  })
})
