const CHUNK_BITS = 16
const CHUNK_SIZE = 1 << CHUNK_BITS
const CHUNK_MASK = CHUNK_SIZE - 1

/**
 * A growable typed array in fixed chunks: growing never copies what is stored, so memory climbs by
 * one chunk at a time instead of briefly holding an old and a doubled array.
 */
export class ChunkedArray<T extends Uint16Array | Uint32Array> {
  length = 0
  private readonly chunks: T[] = []

  constructor(private readonly createChunk: (size: number) => T) {}

  get(index: number): number {
    return (this.chunks[index >>> CHUNK_BITS] as T)[index & CHUNK_MASK] as number
  }

  set(index: number, value: number): void {
    ;(this.chunks[index >>> CHUNK_BITS] as T)[index & CHUNK_MASK] = value
  }

  push(value: number): void {
    const chunk = this.length >>> CHUNK_BITS
    if (chunk === this.chunks.length) this.chunks.push(this.createChunk(CHUNK_SIZE))
    ;(this.chunks[chunk] as T)[this.length & CHUNK_MASK] = value
    this.length++
  }

  /** Forgets everything from `length` on, releasing the chunks no longer needed. */
  truncate(length: number): void {
    this.length = Math.min(this.length, length)
    this.chunks.length = Math.ceil(this.length / CHUNK_SIZE)
  }

  /** The last index in [from, to) whose value is at most `value`, or from - 1; the values must ascend. */
  lastIndexAtMost(value: number, from: number, to: number): number {
    let low = from
    let high = to
    while (low < high) {
      const middle = (low + high) >>> 1
      if (this.get(middle) <= value) low = middle + 1
      else high = middle
    }
    return low - 1
  }
}

export const createUint16Chunk = (size: number): Uint16Array => new Uint16Array(size)
export const createUint32Chunk = (size: number): Uint32Array => new Uint32Array(size)
