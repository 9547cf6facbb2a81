/**
 * Robust winnowing (Schleimer, Wilkerson and Aiken, SIGMOD 2003): from every `window` consecutive
 * fingerprints select the smallest, preferring the one already selected and otherwise the rightmost, so
 * runs of equal fingerprints (repetitive code, binary junk) select one in `window` rather than all.
 * Any run of text long enough to hold `window` fingerprints has one of its minima selected wherever it
 * appears. Writes the selected positions, ascending, to `selected`; returns how many.
 */
export function winnow(
  fingerprints: Uint32Array,
  count: number,
  window: number,
  selected: Uint32Array,
): number {
  // Candidates for the minimum, as a ring buffer of positions with ascending fingerprints.
  const ringMask = (1 << Math.ceil(Math.log2(window + 2))) - 1
  const candidates = new Int32Array(ringMask + 1)
  let head = 0
  let tail = 0
  let chosen = -1
  let selectedCount = 0
  const firstFullWindowEnd = Math.min(window, count) - 1
  for (let position = 0; position < count; position++) {
    const fingerprint = fingerprints[position] as number
    while (
      tail !== head &&
      (fingerprints[candidates[(tail - 1) & ringMask] as number] as number) >= fingerprint
    ) {
      tail = (tail - 1) & ringMask
    }
    candidates[tail] = position
    tail = (tail + 1) & ringMask
    if ((candidates[head] as number) <= position - window) head = (head + 1) & ringMask
    if (position < firstFullWindowEnd) continue
    const minimum = candidates[head] as number
    const chosenStillInWindow = chosen >= 0 && chosen > position - window
    if (!chosenStillInWindow || fingerprints[chosen] !== fingerprints[minimum]) {
      chosen = minimum
      selected[selectedCount++] = minimum
    }
  }
  return selectedCount
}
