const byPath = (left: string, right: string): number => (left < right ? -1 : left > right ? 1 : 0)

/**
 * Each added file's line count and which of its lines lie in a clone, kept as a bitmap per file with
 * duplication so a line in several clones is counted once.
 *
 * A file's lines are counted as jscpd counts a source: from the line of its first token to the line of
 * its last, so blank and comment lines between code count but a leading licence header or trailing
 * comment does not. jscpd subtracts the two line numbers; here both ends are included, as they are for
 * clones, so a one-line file has one line and the percentage compares like with like.
 */
export class DuplicatedLines {
  totalLines = 0
  duplicatedLines = 0
  private readonly paths: string[] = []
  private readonly firstLines: number[] = []
  private readonly lineCounts: number[] = []
  private readonly duplicatedCounts: number[] = []
  private readonly bitmaps = new Map<number, Uint8Array>()

  /** Registers a file whose code spans lines [firstLine, lastLine] (none when lastLine is 0); returns its id. */
  addFile(path: string, firstLine: number, lastLine: number): number {
    const lines = lastLine === 0 ? 0 : lastLine - firstLine + 1
    this.paths.push(path)
    this.firstLines.push(firstLine)
    this.lineCounts.push(lines)
    this.duplicatedCounts.push(0)
    this.totalLines += lines
    return this.paths.length - 1
  }

  pathOf(fileId: number): string {
    return this.paths[fileId] as string
  }

  /** Marks lines [fromLine, toLine] of a file as duplicated. */
  mark(fileId: number, fromLine: number, toLine: number): void {
    const firstLine = this.firstLines[fileId] as number
    let bitmap = this.bitmaps.get(fileId)
    if (bitmap === undefined) {
      bitmap = new Uint8Array(Math.ceil((this.lineCounts[fileId] as number) / 8))
      this.bitmaps.set(fileId, bitmap)
    }
    let added = 0
    for (let line = fromLine - firstLine; line <= toLine - firstLine; line++) {
      const bit = 1 << (line & 7)
      const byte = line >>> 3
      if (((bitmap[byte] as number) & bit) === 0) {
        bitmap[byte] = (bitmap[byte] as number) | bit
        added++
      }
    }
    this.duplicatedCounts[fileId] = (this.duplicatedCounts[fileId] as number) + added
    this.duplicatedLines += added
  }

  /** The files with duplicated lines, most first (then by path), at most `limit` of them. */
  mostDuplicated(limit: number): { path: string; duplicatedLines: number }[] {
    return [...this.bitmaps.keys()]
      .map((fileId) => ({
        path: this.pathOf(fileId),
        duplicatedLines: this.duplicatedCounts[fileId] as number,
      }))
      .sort((left, right) => right.duplicatedLines - left.duplicatedLines || byPath(left.path, right.path))
      .slice(0, limit)
  }
}
