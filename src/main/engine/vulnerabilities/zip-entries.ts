import { open, type FileHandle } from 'node:fs/promises'
import { basename } from 'node:path'
import { Inflate, inflateSync } from 'fflate'
import {
  classifyEntryName,
  formatMegabytes,
  OsvImportError,
  type EntryLimits,
  type Progress,
  type SourceEntry,
} from './source-entries'

/**
 * Reads a zip through its central directory, one entry at a time, with fflate's streaming Inflate.
 * fflate's own streaming Unzip keeps a list per entry it has seen, which grows quadratically slow
 * over the ~10^5 records of the npm export; the central directory also gives every entry's sizes up
 * front, so refused entries are never read at all.
 */

const SIGNATURE = {
  localHeader: 0x04034b50,
  centralHeader: 0x02014b50,
  endOfCentralDirectory: 0x06054b50,
  zip64EndOfCentralDirectory: 0x06064b50,
  zip64Locator: 0x07064b50,
}
const END_RECORD_BYTES = 22
const MAX_COMMENT_BYTES = 0xffff
const CENTRAL_HEADER_BYTES = 46
const LOCAL_HEADER_BYTES = 30
const ZIP64_EXTRA_FIELD = 0x0001
const FLAG_ENCRYPTED = 0x1
const FLAG_UTF8_NAME = 0x800
const STORED = 0
const DEFLATE = 8
/** Far above the npm export's (~10^5 records, tens of MB), far below what would exhaust memory. */
const MAX_ENTRIES = 5_000_000
const MAX_CENTRAL_DIRECTORY_BYTES = 512 * 1024 * 1024
/** Compressed data is fed to Inflate in pieces this size: each expands to at most ~66 MB, then caps are checked. */
const INFLATE_PIECE_BYTES = 64 * 1024
/** Reads are batched into windows this size: entries lie one after another, so this is one sequential pass. */
const READ_WINDOW_BYTES = 1024 * 1024

interface CentralEntry {
  name: string
  flags: number
  method: number
  compressedSize: number
  size: number
  localHeaderOffset: number
}

/** Random reads that mostly land in the window the previous read loaded. */
class WindowedReader {
  private window = Buffer.alloc(0)
  private windowStart = 0

  constructor(
    private readonly handle: FileHandle,
    private readonly fileSize: number,
  ) {}

  /** `length` bytes at `offset`, valid until the next call; null when the file is shorter. */
  async read(offset: number, length: number): Promise<Buffer | null> {
    if (offset < 0 || length < 0 || offset + length > this.fileSize) return null
    const end = this.windowStart + this.window.length
    if (offset >= this.windowStart && offset + length <= end)
      return this.window.subarray(offset - this.windowStart, offset - this.windowStart + length)
    const size = Math.min(Math.max(length, READ_WINDOW_BYTES), this.fileSize - offset)
    const buffer = Buffer.allocUnsafe(size)
    let filled = 0
    while (filled < size) {
      const { bytesRead } = await this.handle.read(buffer, filled, size - filled, offset + filled)
      if (bytesRead === 0) return null
      filled += bytesRead
    }
    this.window = buffer
    this.windowStart = offset
    return buffer.subarray(0, length)
  }
}

function safeNumber(value: bigint): number {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : Number.POSITIVE_INFINITY
}

/** Where the central directory is and how many entries it lists, from the (ZIP64) end records. */
async function findCentralDirectory(
  reader: WindowedReader,
  fileSize: number,
): Promise<{ offset: number; size: number; entries: number } | string> {
  const tailLength = Math.min(fileSize, END_RECORD_BYTES + MAX_COMMENT_BYTES)
  const tail = await reader.read(fileSize - tailLength, tailLength)
  if (tail === null) return 'it cannot be read'
  let at = -1
  for (let index = tail.length - END_RECORD_BYTES; index >= 0; index -= 1)
    if (tail.readUInt32LE(index) === SIGNATURE.endOfCentralDirectory) {
      at = index
      break
    }
  if (at < 0) return 'no central directory'
  const end = Buffer.from(tail.subarray(at, at + END_RECORD_BYTES))
  if (end.readUInt16LE(4) !== 0 || end.readUInt16LE(6) !== 0) return 'split archives are not supported'
  let entries = end.readUInt16LE(10)
  let size = end.readUInt32LE(12)
  let offset = end.readUInt32LE(16)
  const endOffset = fileSize - tailLength + at
  const locator = endOffset >= 20 ? await reader.read(endOffset - 20, 20) : null
  if (locator !== null && locator.readUInt32LE(0) === SIGNATURE.zip64Locator) {
    const recordOffset = safeNumber(locator.readBigUInt64LE(8))
    const record = await reader.read(recordOffset, 56)
    if (record === null || record.readUInt32LE(0) !== SIGNATURE.zip64EndOfCentralDirectory)
      return 'the ZIP64 end record is missing'
    entries = safeNumber(record.readBigUInt64LE(32))
    size = safeNumber(record.readBigUInt64LE(40))
    offset = safeNumber(record.readBigUInt64LE(48))
  }
  if (entries > MAX_ENTRIES) return `it lists ${entries} entries`
  if (size > MAX_CENTRAL_DIRECTORY_BYTES || offset + size > fileSize)
    return 'the central directory is out of bounds'
  return { offset, size, entries }
}

/** Sizes and offset from the ZIP64 extra field, for those the header saturates at 0xffffffff. */
function applyZip64(entry: CentralEntry, extra: Buffer): void {
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at)
    const length = extra.readUInt16LE(at + 2)
    if (id === ZIP64_EXTRA_FIELD) {
      let field = at + 4
      const next = (): number | null => {
        if (field + 8 > at + 4 + length || field + 8 > extra.length) return null
        const value = safeNumber(extra.readBigUInt64LE(field))
        field += 8
        return value
      }
      if (entry.size === 0xffffffff) entry.size = next() ?? entry.size
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next() ?? entry.compressedSize
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next() ?? entry.localHeaderOffset
      return
    }
    at += 4 + length
  }
}

/**
 * Every entry the central directory lists. The end record's count is only a floor: writers that do not
 * use ZIP64 let it wrap at 65,536 entries, so the directory is read to its end.
 */
function parseCentralDirectory(directory: Buffer, expected: number): CentralEntry[] | string {
  const entries: CentralEntry[] = []
  let at = 0
  while (entries.length < expected || at < directory.length) {
    if (entries.length >= MAX_ENTRIES) return `it lists more than ${MAX_ENTRIES} entries`
    if (
      at + CENTRAL_HEADER_BYTES > directory.length ||
      directory.readUInt32LE(at) !== SIGNATURE.centralHeader
    )
      return `central directory entry ${entries.length + 1} is damaged`
    const flags = directory.readUInt16LE(at + 8)
    const nameLength = directory.readUInt16LE(at + 28)
    const extraLength = directory.readUInt16LE(at + 30)
    const commentLength = directory.readUInt16LE(at + 32)
    const nameStart = at + CENTRAL_HEADER_BYTES
    const next = nameStart + nameLength + extraLength + commentLength
    if (next > directory.length) return `central directory entry ${entries.length + 1} is damaged`
    const nameBytes = directory.subarray(nameStart, nameStart + nameLength)
    const entry: CentralEntry = {
      // Names without the UTF-8 flag are in the DOS code page; OSV's are ASCII either way.
      name: nameBytes.toString(flags & FLAG_UTF8_NAME ? 'utf8' : 'latin1'),
      flags,
      method: directory.readUInt16LE(at + 10),
      compressedSize: directory.readUInt32LE(at + 20),
      size: directory.readUInt32LE(at + 24),
      localHeaderOffset: directory.readUInt32LE(at + 42),
    }
    applyZip64(entry, directory.subarray(nameStart + nameLength, nameStart + nameLength + extraLength))
    entries.push(entry)
    at = next
  }
  return entries
}

type Inflated = { bytes: Uint8Array } | { problem: string } | { overTotal: true } | { forged: true }

/**
 * A record small enough to arrive in one piece is inflated in one call into a buffer of its declared
 * size, one byte larger so that a lie is seen: the work stays bounded by the piece, and the growing
 * buffers of streaming Inflate (most of the import's time for ~1 KB records) are avoided.
 */
function inflateWhole(piece: Uint8Array, entry: CentralEntry): Inflated {
  if (entry.method === STORED)
    return piece.length > entry.size ? { forged: true } : { bytes: Uint8Array.from(piece) }
  let bytes: Uint8Array
  try {
    bytes = inflateSync(piece, { out: new Uint8Array(entry.size + 1) })
  } catch (error) {
    return { problem: `could not be decompressed: ${error instanceof Error ? error.message : String(error)}` }
  }
  return bytes.length > entry.size ? { forged: true } : { bytes }
}

/** Inflates one entry's data piece by piece, stopping as soon as a cap is passed. */
async function inflateEntry(
  reader: WindowedReader,
  start: number,
  entry: CentralEntry,
  limits: EntryLimits,
  totalSoFar: number,
): Promise<Inflated> {
  if (entry.compressedSize <= INFLATE_PIECE_BYTES) {
    const piece = await reader.read(start, entry.compressedSize)
    if (piece === null) return { problem: 'its data lies past the end of the archive' }
    const inflated = inflateWhole(piece, entry)
    return 'bytes' in inflated && totalSoFar + inflated.bytes.length > limits.maxTotalBytes
      ? { overTotal: true }
      : inflated
  }
  const chunks: Uint8Array[] = []
  let produced = 0
  const inflate = new Inflate((data) => {
    produced += data.length
    if (produced <= entry.size) chunks.push(data)
  })
  for (let offset = 0; offset < entry.compressedSize; offset += INFLATE_PIECE_BYTES) {
    const length = Math.min(INFLATE_PIECE_BYTES, entry.compressedSize - offset)
    const piece = await reader.read(start + offset, length)
    if (piece === null) return { problem: 'its data lies past the end of the archive' }
    if (entry.method === STORED) {
      produced += piece.length
      if (produced <= entry.size) chunks.push(Uint8Array.from(piece))
    } else {
      try {
        inflate.push(piece, offset + length >= entry.compressedSize)
      } catch (error) {
        return {
          problem: `could not be decompressed: ${error instanceof Error ? error.message : String(error)}`,
        }
      }
    }
    if (totalSoFar + produced > limits.maxTotalBytes) return { overTotal: true }
    // The declared size is within the cap (see refusal), so more than it is a lie, not a big record.
    if (produced > entry.size) return { forged: true }
  }
  return { bytes: chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks) }
}

/** Why an entry is not read, from its central directory record alone; null when it is to be read. */
function refusal(entry: CentralEntry, limits: EntryLimits): string | null {
  if (classifyEntryName(entry.name) === 'unsafe') return 'refused: the entry name points outside the archive'
  if (entry.flags & FLAG_ENCRYPTED) return 'refused: encrypted'
  if (entry.method !== STORED && entry.method !== DEFLATE)
    return `refused: unsupported compression method ${entry.method}`
  const cap = formatMegabytes(limits.maxEntryBytes)
  if (entry.size > limits.maxEntryBytes)
    return `refused: ${formatMegabytes(entry.size)} is over the ${cap} cap`
  // Deflate never grows data by more than a few bytes per block: more compressed bytes than this is not JSON.
  if (entry.compressedSize > limits.maxEntryBytes + limits.maxEntryBytes / 100 + 1024)
    return `refused: over the ${cap} cap`
  return null
}

/** The `.json` records of a zip archive, or why each was refused; progress counts entries. */
export async function* zipEntries(
  path: string,
  fileSize: number,
  limits: EntryLimits,
  signal: AbortSignal | undefined,
  onProgress: Progress,
): AsyncGenerator<SourceEntry> {
  const archive = basename(path)
  const handle = await open(path, 'r')
  try {
    const reader = new WindowedReader(handle, fileSize)
    const head = await reader.read(0, Math.min(4, fileSize))
    if (head === null || head.length < 4 || head.readUInt16LE(0) !== 0x4b50)
      throw new OsvImportError(`${archive} is not a zip archive.`)
    const located = await findCentralDirectory(reader, fileSize)
    if (typeof located === 'string')
      throw new OsvImportError(`${archive} is damaged or truncated (${located}).`)
    const directory = await reader.read(located.offset, located.size)
    if (directory === null)
      throw new OsvImportError(`${archive} is damaged or truncated (central directory).`)
    const listed = parseCentralDirectory(Buffer.from(directory), located.entries)
    if (typeof listed === 'string')
      throw new OsvImportError(`${archive} is damaged or truncated (${listed}).`)

    const wanted = listed.filter((entry) => classifyEntryName(entry.name) !== 'ignore')
    // In archive order, so the reads form one sequential pass.
    wanted.sort((left, right) => left.localHeaderOffset - right.localHeaderOffset)
    const decoder = new TextDecoder('utf-8')
    let total = 0
    for (const [index, entry] of wanted.entries()) {
      signal?.throwIfAborted()
      const refused = refusal(entry, limits)
      if (refused !== null) yield { name: entry.name, problem: refused }
      else {
        const header = await reader.read(entry.localHeaderOffset, LOCAL_HEADER_BYTES)
        if (header === null || header.readUInt32LE(0) !== SIGNATURE.localHeader)
          yield { name: entry.name, problem: 'its local header is damaged' }
        else {
          const start =
            entry.localHeaderOffset + LOCAL_HEADER_BYTES + header.readUInt16LE(26) + header.readUInt16LE(28)
          const inflated = await inflateEntry(reader, start, entry, limits, total)
          if ('overTotal' in inflated)
            throw new OsvImportError(
              `${archive} decompresses to more than ${formatMegabytes(limits.maxTotalBytes)}; it is not an OSV ` +
                'export this app can import.',
            )
          if ('forged' in inflated)
            throw new OsvImportError(
              `${archive} is damaged or forged: ${entry.name} holds more data than its header declares.`,
            )
          if ('problem' in inflated) yield { name: entry.name, problem: inflated.problem }
          else {
            total += inflated.bytes.length
            yield { name: entry.name, text: decoder.decode(inflated.bytes) }
          }
        }
      }
      onProgress(index + 1, wanted.length)
    }
  } finally {
    await handle.close()
  }
}
