/**
 * The code points a TrueType font has glyphs for, read from its `cmap` table (formats 4 and 12, the
 * Unicode ones). The pack uses it so that a character the embedded fonts cannot draw is shown as its
 * code point instead of an empty box, or a right-to-left run the font cannot shape.
 */
const UNICODE_ENCODINGS: readonly (readonly [platform: number, encoding: number])[] = [
  [3, 10],
  [0, 4],
  [3, 1],
  [0, 3],
]

function tableOffset(font: Buffer, tag: string): number | null {
  const count = font.readUInt16BE(4)
  for (let index = 0; index < count; index += 1) {
    const record = 12 + index * 16
    if (font.toString('latin1', record, record + 4) === tag) return font.readUInt32BE(record + 8)
  }
  return null
}

function format4(font: Buffer, at: number, into: Set<number>): void {
  const segments = font.readUInt16BE(at + 6) / 2
  const ends = at + 14
  const starts = ends + segments * 2 + 2
  const deltas = starts + segments * 2
  const rangeOffsets = deltas + segments * 2
  for (let segment = 0; segment < segments; segment += 1) {
    const start = font.readUInt16BE(starts + segment * 2)
    const end = font.readUInt16BE(ends + segment * 2)
    const delta = font.readUInt16BE(deltas + segment * 2)
    const rangeOffsetAt = rangeOffsets + segment * 2
    const rangeOffset = font.readUInt16BE(rangeOffsetAt)
    for (let code = start; code <= end && code !== 0xffff; code += 1) {
      let glyph: number
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff
      else {
        const raw = font.readUInt16BE(rangeOffsetAt + rangeOffset + (code - start) * 2)
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff
      }
      if (glyph !== 0) into.add(code)
    }
  }
}

function format12(font: Buffer, at: number, into: Set<number>): void {
  const groups = font.readUInt32BE(at + 12)
  for (let group = 0; group < groups; group += 1) {
    const record = at + 16 + group * 12
    const start = font.readUInt32BE(record)
    const end = Math.min(font.readUInt32BE(record + 4), 0x10ffff)
    for (let code = start; code <= end; code += 1) into.add(code)
  }
}

export function fontCodePoints(font: Buffer): Set<number> {
  const codePoints = new Set<number>()
  const cmap = tableOffset(font, 'cmap')
  if (cmap === null) return codePoints
  const records = font.readUInt16BE(cmap + 2)
  const subtables = new Map<string, number>()
  for (let index = 0; index < records; index += 1) {
    const record = cmap + 4 + index * 8
    subtables.set(
      `${font.readUInt16BE(record)}/${font.readUInt16BE(record + 2)}`,
      cmap + font.readUInt32BE(record + 4),
    )
  }
  for (const [platform, encoding] of UNICODE_ENCODINGS) {
    const at = subtables.get(`${platform}/${encoding}`)
    if (at === undefined) continue
    const format = font.readUInt16BE(at)
    if (format === 12) format12(font, at, codePoints)
    else if (format === 4) format4(font, at, codePoints)
    else continue
    break
  }
  return codePoints
}
