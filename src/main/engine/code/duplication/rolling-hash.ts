import { mix32 } from './token-hash'

const BASE = 0x01000193

/**
 * Karp–Rabin fingerprints of every run of `length` consecutive tokens, written to `out` (which must hold
 * count - length + 1 values); returns how many there are. The polynomial is taken modulo 2^32 so each step
 * is exact integer arithmetic, then mixed so that the winnowing minima are evenly spread. Equal runs always
 * get equal fingerprints; the rare unequal runs that collide are caught when the tokens are compared.
 */
export function runFingerprints(
  tokens: Uint16Array,
  count: number,
  length: number,
  out: Uint32Array,
): number {
  if (count < length) return 0
  let outgoingWeight = 1
  for (let step = 1; step < length; step++) outgoingWeight = Math.imul(outgoingWeight, BASE)
  let hash = 0
  for (let index = 0; index < length; index++) hash = (Math.imul(hash, BASE) + (tokens[index] as number)) | 0
  out[0] = mix32(hash)
  for (let start = 1; start + length <= count; start++) {
    const outgoing = Math.imul(tokens[start - 1] as number, outgoingWeight)
    hash = (Math.imul(hash - outgoing, BASE) + (tokens[start + length - 1] as number)) | 0
    out[start] = mix32(hash)
  }
  return count - length + 1
}
