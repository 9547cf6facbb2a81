import { formatBytes } from '../../../shared/format-bytes'
import type { FindingDraft } from '../types'
import type { ExcludedKind } from './classify-file'
import type { InspectedFile } from './inspect-file'
import { LANGUAGES, type LanguageType } from './languages'

/** A source file with more code lines than this is hard to work with... */
export const LARGE_SOURCE_CODE_LINES = 1_000
/** ...and with more than this, a real drag. */
export const HUGE_SOURCE_CODE_LINES = 3_000
/** A binary, data or other uncounted file above this size weighs on every clone. */
export const LARGE_UNCOUNTED_FILE_BYTES = 5 * 1024 * 1024
/** Committed build output this big (in files or bytes) is more than a stray artefact. */
export const BUILD_OUTPUT_MEDIUM_FILES = 100
export const BUILD_OUTPUT_MEDIUM_BYTES = 5 * 1024 * 1024

/** Only code and markup are "source files" for the size rule; data and prose are long by nature. */
const SIZED_LANGUAGE_TYPES: ReadonlySet<LanguageType> = new Set(['programming', 'markup'])
const TYPE_OF_LANGUAGE = new Map(LANGUAGES.map((language) => [language.name, language.type]))

const TEXT = {
  committedDependencies: {
    explanation:
      'Third-party code is committed instead of being installed from a manifest and lockfile. It hides ' +
      'which versions are really in use, escapes dependency and vulnerability scanning, bloats every ' +
      'clone, and invites local patches that the next upgrade silently loses.',
    remediation:
      'Remove the folder from the repository, add it to .gitignore, and install dependencies from the ' +
      'lockfile in development and CI. If vendoring is deliberate (an offline build, Go modules ' +
      'vendoring), document why and keep the copy the package manager produces, never edited by hand.',
  },
  committedBuildOutput: {
    explanation:
      'Files a build produces are committed next to their sources. They drift out of date, cause noisy ' +
      'diffs and merge conflicts, and leave it unclear whether what runs was built from what was reviewed.',
    remediation:
      'Remove the folder from the repository, add it to .gitignore, and produce it in CI; publish release ' +
      'artefacts to a registry or release storage instead of the repository.',
  },
  largeSourceFile: {
    explanation:
      'A source file this large usually holds several responsibilities. It is hard to review, test and ' +
      'change safely, and it attracts merge conflicts when several people work in it.',
    remediation:
      'Split it along its responsibilities into smaller modules, putting tests around each part before ' +
      'moving code, and keep new code out of it meanwhile.',
  },
  largeUncountedFile: {
    explanation:
      'Git keeps every version of a large file forever, so it slows every clone, fetch and CI checkout, ' +
      'and the repository only ever grows.',
    remediation:
      'Move it to Git LFS or to artefact storage and reference it from there; if the repository size ' +
      'matters, also remove it from the history (git filter-repo).',
  },
}

function formatCount(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`
}

function at(path: string): FindingDraft['location'] {
  return { path, line: null, column: null }
}

interface FolderContents {
  files: number
  bytes: number
}

/** Files left out as `kind`, grouped by the committed folder that explains them, folders in path order. */
function folders(
  inspected: readonly InspectedFile[],
  kind: 'vendored' | 'generated',
): [string, FolderContents][] {
  const contents = new Map<string, FolderContents>()
  for (const file of inspected) {
    if (file.kind !== kind || file.folder === null) continue
    const entry = contents.get(file.folder) ?? { files: 0, bytes: 0 }
    entry.files += 1
    entry.bytes += file.bytes
    contents.set(file.folder, entry)
  }
  return [...contents].sort(([left], [right]) => (left < right ? -1 : 1))
}

function committedDependencies(inspected: readonly InspectedFile[]): FindingDraft[] {
  return folders(inspected, 'vendored').map(([folder, { files, bytes }]) => ({
    ruleId: 'inventory/committed-dependencies',
    category: 'dependency',
    severity: 'medium',
    title: `Dependencies committed under ${folder}/`,
    ...TEXT.committedDependencies,
    location: at(folder),
    evidence: `${formatCount(files, 'file')}, ${formatBytes(bytes)} under ${folder}/`,
    effortMinutes: 120,
    references: [],
    snippet: folder,
  }))
}

function committedBuildOutput(inspected: readonly InspectedFile[]): FindingDraft[] {
  return folders(inspected, 'generated').map(([folder, { files, bytes }]) => ({
    ruleId: 'inventory/committed-build-output',
    category: 'process',
    severity: files >= BUILD_OUTPUT_MEDIUM_FILES || bytes >= BUILD_OUTPUT_MEDIUM_BYTES ? 'medium' : 'low',
    title: `Build output committed under ${folder}/`,
    ...TEXT.committedBuildOutput,
    location: at(folder),
    evidence: `${formatCount(files, 'file')}, ${formatBytes(bytes)} under ${folder}/`,
    effortMinutes: 60,
    references: [],
    snippet: folder,
  }))
}

function largeSourceFile(file: InspectedFile): FindingDraft | null {
  if (file.kind !== 'code' || file.code <= LARGE_SOURCE_CODE_LINES) return null
  const type = TYPE_OF_LANGUAGE.get(file.language)
  if (type === undefined || !SIZED_LANGUAGE_TYPES.has(type)) return null
  const huge = file.code > HUGE_SOURCE_CODE_LINES
  return {
    ruleId: 'inventory/very-large-file',
    category: 'debt',
    severity: huge ? 'medium' : 'low',
    title: `Very large ${file.language} file (${formatCount(file.code, 'code line')})`,
    ...TEXT.largeSourceFile,
    location: at(file.path),
    evidence: `${formatCount(file.code, 'code line')}, ${formatBytes(file.bytes)}`,
    effortMinutes: huge ? 480 : 240,
    references: [],
    // The line count stays out of the fingerprint, so triage survives edits to the file.
    snippet: 'very large source file',
  }
}

/** What a large file left out of the totals for its content is called in the title. */
const LARGE_FILE_NAMES: Partial<Record<ExcludedKind, string>> = {
  binary: 'Large binary file',
  'too-large': 'Large unread file',
  unrecognised: 'Large file',
}

function largeUncountedFile(file: InspectedFile): FindingDraft | null {
  if (file.kind === 'code') return null
  const name = LARGE_FILE_NAMES[file.kind]
  if (name === undefined || file.bytes <= LARGE_UNCOUNTED_FILE_BYTES) return null
  const size = formatBytes(file.bytes)
  return {
    ruleId: 'inventory/very-large-file',
    category: 'reliability',
    severity: 'low',
    title: `${name} committed (${size})`,
    ...TEXT.largeUncountedFile,
    location: at(file.path),
    evidence: file.kind === 'too-large' ? file.reason : `${size}, ${file.reason}`,
    effortMinutes: 60,
    references: [],
    snippet: 'large file',
  }
}

/** What the inventory can show on its own: committed dependencies and build output, and very large files. */
export function inventoryFindings(inspected: readonly InspectedFile[]): FindingDraft[] {
  const byPath = [...inspected].sort((left, right) => (left.path < right.path ? -1 : 1))
  const veryLargeFiles = byPath.flatMap((file) => largeSourceFile(file) ?? largeUncountedFile(file) ?? [])
  return [...committedDependencies(inspected), ...committedBuildOutput(inspected), ...veryLargeFiles]
}
