import type { Clone } from './report'

interface RankedClone {
  clone: Clone
  /** Order found, so equal-sized clones rank the same way every run. */
  sequence: number
}

/** Whether `left` ranks below `right`: fewer lines, then fewer tokens, then found later. */
function ranksBelow(left: RankedClone, right: RankedClone): boolean {
  if (left.clone.lines !== right.clone.lines) return left.clone.lines < right.clone.lines
  if (left.clone.tokens !== right.clone.tokens) return left.clone.tokens < right.clone.tokens
  return left.sequence > right.sequence
}

/** The `capacity` biggest clones seen, kept in a min-heap so each new clone costs O(log capacity). */
export class BiggestClones {
  private readonly heap: RankedClone[] = []
  private seen = 0

  constructor(private readonly capacity: number) {}

  offer(clone: Clone): void {
    const ranked = { clone, sequence: this.seen++ }
    const { heap } = this
    if (heap.length < this.capacity) {
      heap.push(ranked)
      this.siftUp(heap.length - 1)
    } else if (ranksBelow(heap[0] as RankedClone, ranked)) {
      heap[0] = ranked
      this.siftDown(0)
    }
  }

  /** The kept clones, biggest first. */
  sorted(): Clone[] {
    return [...this.heap]
      .sort((left, right) => (ranksBelow(left, right) ? 1 : ranksBelow(right, left) ? -1 : 0))
      .map((ranked) => ranked.clone)
  }

  private siftUp(index: number): void {
    const { heap } = this
    while (index > 0) {
      const parent = (index - 1) >> 1
      if (!ranksBelow(heap[index] as RankedClone, heap[parent] as RankedClone)) return
      this.swap(index, parent)
      index = parent
    }
  }

  private siftDown(index: number): void {
    const { heap } = this
    for (;;) {
      const left = index * 2 + 1
      const right = left + 1
      let lowest = index
      if (left < heap.length && ranksBelow(heap[left] as RankedClone, heap[lowest] as RankedClone))
        lowest = left
      if (right < heap.length && ranksBelow(heap[right] as RankedClone, heap[lowest] as RankedClone))
        lowest = right
      if (lowest === index) return
      this.swap(index, lowest)
      index = lowest
    }
  }

  private swap(left: number, right: number): void {
    const { heap } = this
    ;[heap[left], heap[right]] = [heap[right] as RankedClone, heap[left] as RankedClone]
  }
}
