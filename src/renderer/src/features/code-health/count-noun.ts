/** `1 file`, `2 files`, `1,204 files`: a count with its noun agreeing. */
export function countNoun(count: number, noun: string, plural = `${noun}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? noun : plural}`
}
