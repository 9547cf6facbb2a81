/** What the `inventory` analyzer found: the tracked files, their languages and line counts. */

/** 'unrecognised': a readable text file in no language the inventory counts (LICENSE, .gitignore, data). */
export const FILE_KINDS = [
  'code',
  'binary',
  'vendored',
  'generated',
  'too-large',
  'unreadable',
  'unrecognised',
] as const
export type FileKind = (typeof FILE_KINDS)[number]

export interface LineCounts {
  code: number
  comment: number
  blank: number
}

export interface LanguageTotals extends LineCounts {
  language: string
  files: number
}

/** A tracked file that counts towards the code totals. */
export interface CountedFile extends LineCounts {
  path: string
  language: string
  bytes: number
}

/** A tracked file left out of the code totals, and why. */
export interface ExcludedFile {
  path: string
  kind: Exclude<FileKind, 'code'>
  bytes: number
  reason: string
}

export interface InventoryFacts {
  totals: LineCounts & { files: number; bytes: number }
  /** Sorted by code lines, largest first. */
  languages: LanguageTotals[]
  files: CountedFile[]
  excluded: ExcludedFile[]
  excludedCounts: Record<Exclude<FileKind, 'code'>, number>
  /** The largest tracked files by size, of any kind. */
  largestFiles: { path: string; bytes: number; kind: FileKind }[]
}
