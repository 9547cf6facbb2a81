/**
 * The shortest cycle from `start` back to itself that stays inside its component, found breadth
 * first: `[start, …, start]`, each node pointing to the next. Empty when `start` is on no cycle.
 */
export function shortestCycleThrough(
  start: number,
  successors: readonly (readonly number[])[],
  inComponent: (node: number) => boolean,
): number[] {
  const cameFrom = new Map<number, number>([[start, start]])
  const queue = [start]
  for (let head = 0; head < queue.length; head += 1) {
    const node = queue[head] as number
    for (const target of successors[node] ?? []) {
      if (target === start) {
        const path = [start]
        for (let step = node; step !== start; step = cameFrom.get(step) as number) path.push(step)
        path.push(start)
        // Built from the start backwards: [start, last, …, first, start].
        return path.reverse()
      }
      if (cameFrom.has(target) || !inComponent(target)) continue
      cameFrom.set(target, node)
      queue.push(target)
    }
  }
  return []
}
