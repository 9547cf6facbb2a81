import { isUtf8 } from 'node:buffer'
import type { FileKind } from '../../../shared/domain/facts/inventory-facts'
import type { RepoFile } from '../types'

export type ExcludedKind = Exclude<FileKind, 'code'>

/** Why a tracked file is left out of the code totals. */
export interface Exclusion {
  kind: ExcludedKind
  reason: string
  /** The committed folder that explains it (node_modules, dist…), for findings about folders. */
  folder: string | null
}

const SUBMODULE_MODE = '160000'
const SYMLINK_MODE = '120000'

/** Folders of other people's code, at any depth. */
export const VENDORED_FOLDERS: readonly string[] = [
  'node_modules',
  'vendor',
  'third_party',
  'bower_components',
  '.yarn',
]

/** Folders build tools write into, at any depth. */
export const BUILD_OUTPUT_FOLDERS: readonly string[] = ['dist', 'build', 'out', '.next', 'coverage']

export const LOCKFILES: readonly string[] = [
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lock',
  'Cargo.lock',
  'poetry.lock',
  'Pipfile.lock',
  'uv.lock',
  'Gemfile.lock',
  'go.sum',
  'composer.lock',
]

/** File-name endings of generated code and source maps; `.generated.` anywhere in the name counts too. */
const GENERATED_SUFFIXES: readonly string[] = ['.pb.go', '_pb2.py', '_pb2_grpc.py', '.map']
const MINIFIED_SUFFIXES: readonly string[] = ['.min.js', '.min.css']

/** Extensions that are binary for certain, so the file need not be read to tell. */
export const BINARY_EXTENSIONS: ReadonlySet<string> = new Set(
  [
    'png jpg jpeg gif bmp ico icns webp tif tiff psd avif heic',
    'pdf doc docx xls xlsx ppt pptx odt ods',
    'zip gz tgz bz2 xz 7z rar tar zst jar war ear apk',
    'woff woff2 ttf otf eot',
    'mp3 mp4 m4a mov avi mkv wav ogg webm flac',
    'exe dll so dylib a o lib obj class pyc pyo wasm node',
    'sqlite sqlite3 db bin dat',
  ]
    .join(' ')
    .split(' '),
)

/** How much of a file's start the content checks look at. */
export const SAMPLE_BYTES = 8 * 1024
/** More invalid UTF-8 than this, in the sample, and the file is binary in some encoding we do not count. */
const INVALID_UTF8_BINARY_RATIO = 0.3
/** Generated-code markers are looked for in this many first lines. */
const HEADER_LINES = 5
const GENERATED_MARKERS: readonly string[] = ['@generated', 'DO NOT EDIT']
/** Minified code: lines this long on average, or any one line this long. */
const MINIFIED_AVERAGE_LINE_BYTES = 500
export const MINIFIED_LONGEST_LINE_BYTES = 5_000

const MEGABYTE = 1024 * 1024

function formatMegabytes(bytes: number): string {
  return `${(bytes / MEGABYTE).toFixed(1)} MB`
}

/** The path up to and including the first folder named one of `folders`, or null. */
function folderNamed(path: string, folders: readonly string[]): string | null {
  const segments = path.split('/')
  const index = segments.findIndex(
    (segment, position) => position < segments.length - 1 && folders.includes(segment),
  )
  return index === -1 ? null : segments.slice(0, index + 1).join('/')
}

function classifyPath(path: string): Exclusion | null {
  const vendored = folderNamed(path, VENDORED_FOLDERS)
  if (vendored !== null) return { kind: 'vendored', reason: `under ${vendored}/`, folder: vendored }
  const buildOutput = folderNamed(path, BUILD_OUTPUT_FOLDERS)
  if (buildOutput !== null)
    return { kind: 'generated', reason: `build output under ${buildOutput}/`, folder: buildOutput }

  const name = path.slice(path.lastIndexOf('/') + 1)
  const lowerName = name.toLowerCase()
  if (LOCKFILES.includes(name)) return { kind: 'generated', reason: 'lockfile', folder: null }
  if (MINIFIED_SUFFIXES.some((suffix) => lowerName.endsWith(suffix))) {
    return { kind: 'generated', reason: 'minified (by its name)', folder: null }
  }
  if (lowerName.includes('.generated.') || GENERATED_SUFFIXES.some((suffix) => lowerName.endsWith(suffix))) {
    return { kind: 'generated', reason: 'generated code (by its name)', folder: null }
  }
  const dot = lowerName.lastIndexOf('.')
  if (dot > 0 && BINARY_EXTENSIONS.has(lowerName.slice(dot + 1))) {
    return { kind: 'binary', reason: `binary (.${lowerName.slice(dot + 1)})`, folder: null }
  }
  return null
}

/**
 * Everything that can be decided from `git ls-tree` alone, before reading: submodules and
 * symlinks, other people's code, generated files by name, certain binaries, and files too large
 * to read (judged by their size in the tree, so they are never opened).
 */
export function classifyTreeEntry(file: RepoFile, maxFileBytes: number): Exclusion | null {
  if (file.mode === SUBMODULE_MODE) {
    return { kind: 'vendored', reason: 'git submodule: its code lives in another repository', folder: null }
  }
  if (file.mode === SYMLINK_MODE)
    return { kind: 'unreadable', reason: 'symbolic link, not followed', folder: null }
  const byPath = classifyPath(file.path)
  if (byPath !== null) return byPath
  if (file.bytes > maxFileBytes) {
    return {
      kind: 'too-large',
      reason: `${formatMegabytes(file.bytes)}, over the ${formatMegabytes(maxFileBytes)} read limit`,
      folder: null,
    }
  }
  return null
}

function invalidUtf8Ratio(sample: Uint8Array): number {
  if (sample.length === 0 || isUtf8(sample)) return 0
  const text = new TextDecoder('utf-8').decode(sample)
  let replacements = 0
  for (let index = text.indexOf('\uFFFD'); index !== -1; index = text.indexOf('\uFFFD', index + 1))
    replacements += 1
  return replacements / sample.length
}

function hasGeneratedHeader(sample: Buffer): boolean {
  let headerEnd = -1
  for (let line = 0; line < HEADER_LINES; line += 1) {
    headerEnd = sample.indexOf(0x0a, headerEnd + 1)
    if (headerEnd === -1) break
  }
  const header = sample.subarray(0, headerEnd === -1 ? sample.length : headerEnd)
  return GENERATED_MARKERS.some((marker) => header.includes(marker))
}

function lineLengths(content: Buffer): { lines: number; longest: number } {
  let lines = 0
  let longest = 0
  for (let start = 0; start < content.length; lines += 1) {
    const newline = content.indexOf(0x0a, start)
    const end = newline === -1 ? content.length : newline
    longest = Math.max(longest, end - start)
    start = end + 1
  }
  return { lines, longest }
}

/** What the content shows: binary data, a generated-code header, or minified code. */
export function classifyContent(content: Uint8Array): Exclusion | null {
  const buffer = Buffer.from(content.buffer, content.byteOffset, content.byteLength)
  const sample = buffer.subarray(0, SAMPLE_BYTES)
  if (sample.includes(0)) return { kind: 'binary', reason: 'binary (NUL bytes)', folder: null }
  const invalid = invalidUtf8Ratio(sample)
  if (invalid > INVALID_UTF8_BINARY_RATIO) {
    return { kind: 'binary', reason: `binary (${Math.round(invalid * 100)}% invalid UTF-8)`, folder: null }
  }
  if (hasGeneratedHeader(sample))
    return { kind: 'generated', reason: 'generated code (by its header)', folder: null }
  const { lines, longest } = lineLengths(buffer)
  if (longest > MINIFIED_LONGEST_LINE_BYTES) {
    return {
      kind: 'generated',
      reason: `minified (a line of ${longest.toLocaleString('en-US')} bytes)`,
      folder: null,
    }
  }
  if (lines > 0 && buffer.length / lines > MINIFIED_AVERAGE_LINE_BYTES) {
    return {
      kind: 'generated',
      reason: `minified (lines of ${Math.round(buffer.length / lines)} bytes on average)`,
      folder: null,
    }
  }
  return null
}
