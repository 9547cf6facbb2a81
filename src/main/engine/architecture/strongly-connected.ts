/**
 * Tarjan's strongly connected components, with the depth-first search on an explicit stack: a
 * chain of 50,000 imports would overflow the call stack of the recursive version.
 * `successors[node]` lists the nodes it points to; components come out in reverse topological order.
 */
export function stronglyConnectedComponents(successors: readonly (readonly number[])[]): number[][] {
  const count = successors.length
  const order = new Int32Array(count).fill(-1)
  const lowlink = new Int32Array(count)
  const onStack = new Uint8Array(count)
  const open: number[] = []
  const components: number[][] = []
  // The search path: each frame's node and the position of the next successor to look at.
  const pathNodes: number[] = []
  const pathNext: number[] = []
  let visited = 0

  const enter = (node: number): void => {
    order[node] = visited
    lowlink[node] = visited
    visited += 1
    open.push(node)
    onStack[node] = 1
    pathNodes.push(node)
    pathNext.push(0)
  }

  for (let root = 0; root < count; root += 1) {
    if ((order[root] as number) !== -1) continue
    enter(root)
    while (pathNodes.length > 0) {
      const top = pathNodes.length - 1
      const node = pathNodes[top] as number
      const next = pathNext[top] as number
      const targets = successors[node] ?? []
      if (next < targets.length) {
        pathNext[top] = next + 1
        const target = targets[next] as number
        if ((order[target] as number) === -1) enter(target)
        else if (onStack[target] === 1)
          lowlink[node] = Math.min(lowlink[node] as number, order[target] as number)
        continue
      }
      pathNodes.pop()
      pathNext.pop()
      const parent = pathNodes.at(-1)
      if (parent !== undefined) lowlink[parent] = Math.min(lowlink[parent] as number, lowlink[node] as number)
      if (lowlink[node] !== order[node]) continue
      const component: number[] = []
      for (let member = open.pop(); member !== undefined; member = open.pop()) {
        onStack[member] = 0
        component.push(member)
        if (member === node) break
      }
      components.push(component)
    }
  }
  return components
}
