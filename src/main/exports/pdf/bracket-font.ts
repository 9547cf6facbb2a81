/**
 * A two-glyph TrueType font with ⟨ (U+27E8) and ⟩ (U+27E9), built here from a few points.
 *
 * Why: exports show invisible and bidi controls from audited text as `⟨U+202E⟩` (security.md, bad
 * input 42), but pdfmake's bundled Roboto has no glyph for these brackets: they would print as empty
 * boxes and drop out of the PDF's text layer. Drawing the two chevrons ourselves keeps the report
 * offline and free of third-party font data. Metrics match Roboto's so mixed lines keep their height.
 */
export const BRACKET_FONT_FAMILY = 'DiligentBrackets'

const UNITS_PER_EM = 2048
const ASCENDER = 1900
const DESCENDER = -500
const ADVANCE = 700
const FIRST_CODE_POINT = 0x27e8

type Point = readonly [number, number]

/** ⟨ as one closed chevron outline, clockwise (TrueType's outer-contour direction). */
const LEFT_BRACKET: readonly Point[] = [
  [130, 590],
  [450, 1620],
  [590, 1620],
  [270, 590],
  [590, -440],
  [450, -440],
]
const RIGHT_BRACKET: readonly Point[] = LEFT_BRACKET.map(([x, y]) => [ADVANCE - x, y] as const).reverse()

class ByteWriter {
  private readonly bytes: number[] = []

  u8(value: number): this {
    this.bytes.push(value & 0xff)
    return this
  }
  u16(value: number): this {
    return this.u8(value >> 8).u8(value)
  }
  i16(value: number): this {
    return this.u16(value < 0 ? value + 0x10000 : value)
  }
  u32(value: number): this {
    return this.u16(Math.floor(value / 0x10000) & 0xffff).u16(value & 0xffff)
  }
  ascii(text: string): this {
    for (const character of text) this.u8(character.charCodeAt(0))
    return this
  }
  zeros(count: number): this {
    for (let index = 0; index < count; index += 1) this.u8(0)
    return this
  }
  toBuffer(): Buffer {
    return Buffer.from(this.bytes)
  }
}

interface Bounds {
  xMin: number
  yMin: number
  xMax: number
  yMax: number
}

const boundsOf = (points: readonly Point[]): Bounds => ({
  xMin: Math.min(...points.map(([x]) => x)),
  yMin: Math.min(...points.map(([, y]) => y)),
  xMax: Math.max(...points.map(([x]) => x)),
  yMax: Math.max(...points.map(([, y]) => y)),
})

/** A simple glyph with one contour of on-curve points and no hinting instructions. */
function simpleGlyph(points: readonly Point[]): Buffer {
  const bounds = boundsOf(points)
  const writer = new ByteWriter()
    .i16(1)
    .i16(bounds.xMin)
    .i16(bounds.yMin)
    .i16(bounds.xMax)
    .i16(bounds.yMax)
    .u16(points.length - 1)
    .u16(0)
  // Every point is on the curve (flag 0x01); coordinates follow as full 16-bit deltas.
  points.forEach(() => writer.u8(0x01))
  let previousX = 0
  for (const [x] of points) {
    writer.i16(x - previousX)
    previousX = x
  }
  let previousY = 0
  for (const [, y] of points) {
    writer.i16(y - previousY)
    previousY = y
  }
  return writer.toBuffer()
}

const pad4 = (buffer: Buffer): Buffer =>
  buffer.length % 4 === 0 ? buffer : Buffer.concat([buffer, Buffer.alloc(4 - (buffer.length % 4))])

function checksum(buffer: Buffer): number {
  const padded = pad4(buffer)
  let sum = 0
  for (let offset = 0; offset < padded.length; offset += 4) sum = (sum + padded.readUInt32BE(offset)) >>> 0
  return sum
}

function nameTable(names: readonly (readonly [number, string])[]): Buffer {
  const encoded = names.map(([nameId, text]) => ({ nameId, bytes: Buffer.from(text, 'utf16le').swap16() }))
  const writer = new ByteWriter()
    .u16(0)
    .u16(names.length)
    .u16(6 + names.length * 12)
  let offset = 0
  for (const { nameId, bytes } of encoded) {
    // Windows platform, Unicode BMP, US English: the record every reader looks for.
    writer.u16(3).u16(1).u16(0x409).u16(nameId).u16(bytes.length).u16(offset)
    offset += bytes.length
  }
  return Buffer.concat([writer.toBuffer(), ...encoded.map(({ bytes }) => bytes)])
}

function buildFont(): Buffer {
  const glyphs = [Buffer.alloc(0), simpleGlyph(LEFT_BRACKET), simpleGlyph(RIGHT_BRACKET)].map(pad4)
  const all = boundsOf([...LEFT_BRACKET, ...RIGHT_BRACKET])
  const loca = new ByteWriter()
  let glyphOffset = 0
  for (const glyph of glyphs) {
    loca.u32(glyphOffset)
    glyphOffset += glyph.length
  }
  loca.u32(glyphOffset)

  const tables: Record<string, Buffer> = {
    'OS/2': new ByteWriter()
      .u16(4)
      .i16(ADVANCE)
      .u16(400)
      .u16(5)
      .u16(0) // fsType 0: installable, embedding allowed
      .zeros(20)
      .i16(0)
      .zeros(10)
      .u32(0)
      .u32(0)
      .u32(0)
      .u32(0)
      .ascii('NONE')
      .u16(0x40)
      .u16(FIRST_CODE_POINT)
      .u16(FIRST_CODE_POINT + 1)
      .i16(1536)
      .i16(-512)
      .i16(102)
      .u16(1946)
      .u16(512)
      .u32(1)
      .u32(0)
      .i16(1082)
      .i16(1456)
      .u16(0)
      .u16(32)
      .u16(0)
      .toBuffer(),
    cmap: new ByteWriter()
      .u16(0)
      .u16(1)
      .u16(3)
      .u16(1)
      .u32(12)
      // format 4, two segments: the brackets, then the mandatory 0xFFFF end segment
      .u16(4)
      .u16(32)
      .u16(0)
      .u16(4)
      .u16(4)
      .u16(1)
      .u16(0)
      .u16(FIRST_CODE_POINT + 1)
      .u16(0xffff)
      .u16(0)
      .u16(FIRST_CODE_POINT)
      .u16(0xffff)
      .u16((1 - FIRST_CODE_POINT) & 0xffff)
      .u16(1)
      .u16(0)
      .u16(0)
      .toBuffer(),
    glyf: Buffer.concat(glyphs),
    head: new ByteWriter()
      .u16(1)
      .u16(0)
      .u32(0x00010000)
      .u32(0) // checkSumAdjustment, set below
      .u32(0x5f0f3cf5)
      .u16(0x000b)
      .u16(UNITS_PER_EM)
      .zeros(16)
      .i16(all.xMin)
      .i16(all.yMin)
      .i16(all.xMax)
      .i16(all.yMax)
      .u16(0)
      .u16(8)
      .i16(2)
      .i16(1) // long loca offsets
      .i16(0)
      .toBuffer(),
    hhea: new ByteWriter()
      .u32(0x00010000)
      .i16(ASCENDER)
      .i16(DESCENDER)
      .i16(0)
      .u16(ADVANCE)
      .i16(all.xMin)
      .i16(ADVANCE - all.xMax)
      .i16(all.xMax)
      .i16(1)
      .i16(0)
      .i16(0)
      .zeros(8)
      .i16(0)
      .u16(3)
      .toBuffer(),
    hmtx: new ByteWriter()
      .u16(ADVANCE)
      .i16(0)
      .u16(ADVANCE)
      .i16(boundsOf(LEFT_BRACKET).xMin)
      .u16(ADVANCE)
      .i16(boundsOf(RIGHT_BRACKET).xMin)
      .toBuffer(),
    loca: loca.toBuffer(),
    maxp: new ByteWriter()
      .u32(0x00010000)
      .u16(3)
      .u16(LEFT_BRACKET.length)
      .u16(1)
      .u16(0)
      .u16(0)
      .u16(2)
      .zeros(16)
      .toBuffer(),
    name: nameTable([
      [1, 'Diligent Brackets'],
      [2, 'Regular'],
      [4, 'Diligent Brackets'],
      [6, BRACKET_FONT_FAMILY],
    ]),
    post: new ByteWriter().u32(0x00030000).u32(0).i16(-150).i16(100).zeros(20).toBuffer(),
  }

  // The table directory is sorted by tag; 10 tables: searchRange 8 × 16, entrySelector 3.
  const sorted = Object.entries(tables).sort(([left], [right]) => (left < right ? -1 : 1))
  const header = new ByteWriter()
    .u32(0x00010000)
    .u16(sorted.length)
    .u16(128)
    .u16(3)
    .u16(sorted.length * 16 - 128)
  let offset = 12 + sorted.length * 16
  let headOffset = 0
  const bodies: Buffer[] = []
  for (const [tag, table] of sorted) {
    header.ascii(tag).u32(checksum(table)).u32(offset).u32(table.length)
    if (tag === 'head') headOffset = offset
    bodies.push(pad4(table))
    offset += pad4(table).length
  }
  const font = Buffer.concat([header.toBuffer(), ...bodies])
  // The whole-font checksum goes into head.checkSumAdjustment (offset 8 in the head table).
  font.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, headOffset + 8)
  return font
}

let cached: Buffer | null = null

/** The font file, built once per process. */
export function bracketFont(): Buffer {
  cached ??= buildFont()
  return cached
}
