/** Lines [startLine, endLine] of a file, 1-based and inclusive. */
export interface CodeSpan {
  path: string
  startLine: number
  endLine: number
}

/** A block of code that appears twice: `first` is its earliest occurrence, `second` a later copy. */
export interface Clone {
  tokens: number
  /** Lines of the shorter of the two copies (they differ when the copies are laid out differently). */
  lines: number
  first: CodeSpan
  second: CodeSpan
}

export interface DuplicationReport {
  /** The biggest clones, most lines first (then most tokens), capped; `cloneCount` counts them all. */
  clones: Clone[]
  cloneCount: number
  /** Lines inside at least one clone, each line of each file counted once. */
  duplicatedLines: number
  /** Lines of all files added, from each file's first token to its last (see DuplicatedLines). */
  totalLines: number
  /** duplicatedLines / totalLines * 100, or 0 when there are no lines. */
  percentage: number
  /** Files with duplicated lines, most first, capped. */
  files: { path: string; duplicatedLines: number }[]
}

export function duplicationPercentage(duplicatedLines: number, totalLines: number): number {
  return totalLines === 0 ? 0 : (duplicatedLines / totalLines) * 100
}
