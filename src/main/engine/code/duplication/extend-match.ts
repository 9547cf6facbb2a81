import type { TokenStore } from './token-store'

/** Where the tokens around a fingerprint hit may be compared. */
export interface MatchBounds {
  /** The earlier place's file, [from, to) in ordinals. */
  firstFrom: number
  firstTo: number
  /** The file being added, [from, to); `from` is raised past what is already reported as a clone. */
  secondFrom: number
  secondTo: number
  /** Both places are in the same file, so the earlier copy must end before the later begins. */
  sameFile: boolean
}

/** A run of equal tokens at two places, as ordinals; `reach` is where the later run's matching ends. */
export interface Match {
  firstStart: number
  secondStart: number
  length: number
  reach: number
  /** Token pairs compared to find it: the work it cost. */
  comparisons: number
}

export const emptyMatch = (): Match => ({
  firstStart: 0,
  secondStart: 0,
  length: 0,
  reach: 0,
  comparisons: 0,
})

/**
 * Grows a fingerprint hit (equal fingerprints at ordinals `first` < `second`) into the longest run of
 * equal tokens around it, comparing token by token, which also rules out fingerprint collisions. Writes
 * into `match` so the hot loop allocates nothing.
 */
export function extendMatch(
  store: TokenStore,
  first: number,
  second: number,
  bounds: MatchBounds,
  match: Match,
): void {
  const distance = second - first
  let forwardLimit = Math.min(bounds.firstTo - first, bounds.secondTo - second)
  if (bounds.sameFile) forwardLimit = Math.min(forwardLimit, distance)
  let forward = 0
  while (forward < forwardLimit && store.hashAt(first + forward) === store.hashAt(second + forward)) forward++
  let backwardLimit = Math.min(first - bounds.firstFrom, second - bounds.secondFrom)
  if (bounds.sameFile) backwardLimit = Math.min(backwardLimit, distance)
  let backward = 0
  if (forward > 0) {
    while (
      backward < backwardLimit &&
      store.hashAt(first - backward - 1) === store.hashAt(second - backward - 1)
    )
      backward++
  }
  match.reach = second + forward
  match.comparisons = forward + backward + 2
  const length = backward + forward
  if (bounds.sameFile && length > distance) {
    // Repetitive code matches itself shifted: keep the latest stretch where the two copies do not overlap.
    match.length = distance
    match.firstStart = first + forward - distance
    match.secondStart = second + forward - distance
  } else {
    match.length = length
    match.firstStart = first - backward
    match.secondStart = second - backward
  }
}
