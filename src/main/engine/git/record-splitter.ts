/**
 * Cuts streamed text into records at a separator. A record longer than a chunk is kept as a list of
 * pieces and joined once when it ends: appending each chunk to one string would make V8 copy the whole
 * record on every search, quadratic in its length (a 50 MB line took 40 s).
 */
export class RecordSplitter {
  private pieces: string[] = []
  private pendingLength = 0

  constructor(private readonly separator: string) {
    if (separator === '') throw new Error('The record separator must not be empty.')
  }

  /** Characters of the unfinished record held so far. */
  get pendingChars(): number {
    return this.pendingLength
  }

  /** The records `text` completes, in order; what follows the last separator is held for the next call. */
  *push(text: string): Generator<string, void, undefined> {
    // A separator of several characters may straddle the previous chunk and this one.
    const overlap = Math.min(this.separator.length - 1, this.pendingLength)
    if (overlap > 0) text = this.takeLastCharacters(overlap) + text
    let start = 0
    let end = text.indexOf(this.separator)
    while (end !== -1) {
      this.pieces.push(text.slice(start, end))
      yield this.pieces.join('')
      this.pieces = []
      this.pendingLength = 0
      start = end + this.separator.length
      end = text.indexOf(this.separator, start)
    }
    if (start < text.length) {
      this.pieces.push(text.slice(start))
      this.pendingLength += text.length - start
    }
  }

  /** The unfinished record at the end of the stream ('' when the text ended with a separator). */
  rest(): string {
    const rest = this.pieces.join('')
    this.pieces = []
    this.pendingLength = 0
    return rest
  }

  private takeLastCharacters(count: number): string {
    let taken = ''
    while (taken.length < count) {
      const last = this.pieces.pop() ?? ''
      const keep = Math.max(0, last.length - (count - taken.length))
      taken = last.slice(keep) + taken
      if (keep > 0) this.pieces.push(last.slice(0, keep))
    }
    this.pendingLength -= count
    return taken
  }
}
