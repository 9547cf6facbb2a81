import { ChunkedArray, createUint32Chunk } from './chunked-array'

const INITIAL_SLOTS = 1 << 16
const MAX_LOAD = 0.7

/**
 * Fingerprint → the first few places (token ordinals) where it was selected, earliest first. An
 * open-addressing table over typed arrays, a few bytes per fingerprint where a Map would spend dozens;
 * each slot is a fingerprint and its first place side by side, so a probe touches one cache line.
 * A place is a handle (1-based entry number, 0 for none) so walking them allocates nothing.
 */
export class FingerprintIndex {
  private slots = new Uint32Array(INITIAL_SLOTS * 2)
  private placeCounts = new Uint8Array(INITIAL_SLOTS)
  private usedSlots = 0
  private readonly placeOrdinals = new ChunkedArray(createUint32Chunk)
  private readonly nextPlaces = new ChunkedArray(createUint32Chunk)

  constructor(private readonly maxPlacesPerFingerprint: number) {}

  firstPlace(fingerprint: number): number {
    return this.slots[this.findSlot(fingerprint) * 2 + 1] as number
  }

  nextPlace(place: number): number {
    return this.nextPlaces.get(place - 1)
  }

  ordinalOf(place: number): number {
    return this.placeOrdinals.get(place - 1)
  }

  /** Remembers `ordinal` as a place of `fingerprint`, unless it already has its fill of places. */
  add(fingerprint: number, ordinal: number): void {
    const slot = this.findSlot(fingerprint)
    const count = this.placeCounts[slot] as number
    if (count >= this.maxPlacesPerFingerprint) return
    this.placeOrdinals.push(ordinal)
    this.nextPlaces.push(0)
    const place = this.placeOrdinals.length
    this.placeCounts[slot] = count + 1
    const head = this.slots[slot * 2 + 1] as number
    if (head !== 0) {
      let tail = head
      for (let next = this.nextPlace(tail); next !== 0; next = this.nextPlace(tail)) tail = next
      this.nextPlaces.set(tail - 1, place)
      return
    }
    this.slots[slot * 2] = fingerprint
    this.slots[slot * 2 + 1] = place
    this.usedSlots++
    if (this.usedSlots > this.placeCounts.length * MAX_LOAD) this.resize(this.placeCounts.length * 2)
  }

  /** The slot holding `fingerprint`, or the empty slot where it would go (linear probing). */
  private findSlot(fingerprint: number): number {
    const { slots } = this
    const mask = this.placeCounts.length - 1
    let slot = fingerprint & mask
    while (slots[slot * 2 + 1] !== 0 && slots[slot * 2] !== fingerprint) slot = (slot + 1) & mask
    return slot
  }

  private resize(slotCount: number): void {
    const { slots, placeCounts } = this
    this.slots = new Uint32Array(slotCount * 2)
    this.placeCounts = new Uint8Array(slotCount)
    for (let old = 0; old < placeCounts.length; old++) {
      if (slots[old * 2 + 1] === 0) continue
      const slot = this.findSlot(slots[old * 2] as number)
      this.slots[slot * 2] = slots[old * 2] as number
      this.slots[slot * 2 + 1] = slots[old * 2 + 1] as number
      this.placeCounts[slot] = placeCounts[old] as number
    }
  }
}
