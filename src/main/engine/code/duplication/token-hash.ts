/** Murmur3's finaliser: spreads every input bit over the output, so minima and low bits are well mixed. */
export function mix32(value: number): number {
  let hash = value ^ (value >>> 16)
  hash = Math.imul(hash, 0x85ebca6b)
  hash ^= hash >>> 13
  hash = Math.imul(hash, 0xc2b2ae35)
  return (hash ^ (hash >>> 16)) >>> 0
}

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

/**
 * A token's 16-bit hash: its kind, and for tokens whose text varies (names, literals) that text.
 * Sixteen bits are enough because a clone is confirmed by comparing long runs of tokens, where a chance
 * match of a whole run is impossible; at a clone's edge a chance equality (1 in 65,536) would add one token.
 */
export function tokenHash(kind: number, text: string | null, start: number, end: number): number {
  let hash = Math.imul(FNV_OFFSET ^ kind, FNV_PRIME)
  if (text !== null) {
    for (let position = start; position < end; position++) {
      hash = Math.imul(hash ^ text.charCodeAt(position), FNV_PRIME)
    }
  }
  return mix32(hash) & 0xffff
}
