const INITIAL_CAPACITY = 4096
/** Past this many tokens the buffer is let go after the file, so one huge file does not pin its memory. */
const RETAINED_CAPACITY = 1 << 18

/** One file's tokens while it is being indexed: a hash and the first and last line of each. */
export class TokenBuffer {
  count = 0
  hashes = new Uint16Array(INITIAL_CAPACITY)
  startLines = new Uint32Array(INITIAL_CAPACITY)
  endLines = new Uint32Array(INITIAL_CAPACITY)

  push(hash: number, startLine: number, endLine: number): void {
    if (this.count === this.hashes.length) this.grow(this.count * 2)
    this.hashes[this.count] = hash
    this.startLines[this.count] = startLine
    this.endLines[this.count] = endLine
    this.count++
  }

  /** Empties the buffer for the next file, shrinking it if one big file grew it. */
  reset(): void {
    this.count = 0
    if (this.hashes.length > RETAINED_CAPACITY) {
      this.hashes = new Uint16Array(INITIAL_CAPACITY)
      this.startLines = new Uint32Array(INITIAL_CAPACITY)
      this.endLines = new Uint32Array(INITIAL_CAPACITY)
    }
  }

  private grow(capacity: number): void {
    const hashes = new Uint16Array(capacity)
    const startLines = new Uint32Array(capacity)
    const endLines = new Uint32Array(capacity)
    hashes.set(this.hashes)
    startLines.set(this.startLines)
    endLines.set(this.endLines)
    this.hashes = hashes
    this.startLines = startLines
    this.endLines = endLines
  }
}
