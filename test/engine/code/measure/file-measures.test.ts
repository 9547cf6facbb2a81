import { describe, expect, it } from 'vitest'
import { measure } from './measure-source'

describe('file-level measures', () => {
  it('counts `any` wherever it is written as a type, and nowhere else', () => {
    const source = `
      let loose: any
      function f(x: any): Promise<any> { return x as any }
      type Bag = Record<string, any> & { [key: string]: Array<any> }
      type Keys = keyof any
      const any = 'any' // any
      const unsure: unknown = any
    `
    expect(measure(source).anyCount).toBe(7)
  })

  it('counts non-null assertions, not negations, inequalities or definite assignments', () => {
    const source = `
      const a = b!.c!.d
      const e = list![0]
      const f = g!!
      let later!: number
      const h = !i && j !== k
    `
    // b!, b!.c!, list!, and g!! is two.
    expect(measure(source).nonNullAssertions).toBe(5)
  })

  it('measures an empty file and a file without functions', () => {
    const empty = { tsIgnore: 0, tsExpectError: 0, eslintDisable: 0 }
    expect(measure('')).toEqual({
      functions: [],
      anyCount: 0,
      suppressions: empty,
      nonNullAssertions: 0,
      markers: [],
    })
    expect(measure('export const LIMIT = 10 // TODO: configurable').functions).toEqual([])
  })

  it('measures a TSX file with generics, JSX, comments and assertions together', () => {
    const source = `// @ts-nocheck
import type { FC } from 'react'
export const Select = <T,>({ items, pick }: { items: T[]; pick?: (item: T) => void }) => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const first = items[0] as any
  return (
    <ul>
      {/* FIXME: virtualise long lists */}
      {items.map((item, index) => (
        <li key={index} onClick={() => pick?.(item)}>
          {index === 0 ? String(first!) : String(item)}
        </li>
      ))}
    </ul>
  )
}`
    const measures = measure(source, 'select.tsx')
    expect(
      measures.functions.map(({ name, line, cyclomatic, cognitive }) => [name, line, cyclomatic, cognitive]),
    ).toEqual([
      // Select: the map callback's ternary is one level deep (+2).
      ['Select', 3, 1, 2],
      ['<anonymous>', 9, 2, 1],
      // pick?.(item): an optional call.
      ['<anonymous>', 10, 2, 0],
    ])
    expect(measures.anyCount).toBe(1)
    expect(measures.nonNullAssertions).toBe(1)
    expect(measures.suppressions.eslintDisable).toBe(1)
    expect(measures.markers).toEqual([{ kind: 'FIXME', line: 8, text: 'FIXME: virtualise long lists' }])
  })
})

describe('files that nest thousands of levels deep', () => {
  // Deeper than any recursive walk survives; the parser copes with these shapes (it recurses on others,
  // and those fail in the parser, before measuring, which the caller reports).
  it('walks a 100,000-operand && chain (a tree 100,000 levels deep) without recursing', () => {
    const operands = Array.from({ length: 100_000 }, (_, index) => `a${index}`)
    const [fn] = measure(`function check() { return ${operands.join(' && ')} }`).functions
    expect(fn).toMatchObject({ name: 'check', cyclomatic: 100_000, cognitive: 1, maxNesting: 0 })
  })

  it('measures 3,000 nested ifs', () => {
    const depth = 3_000
    const [fn] = measure(`function deep(a) { ${'if (a) '.repeat(depth)}a() }`).functions
    // The if at nesting n adds 1 + n: the sum over n = 0 … 2,999.
    expect(fn).toMatchObject({
      cyclomatic: depth + 1,
      cognitive: (depth * (depth + 1)) / 2,
      maxNesting: depth,
    })
  })

  it('measures a 3,000-long else-if chain', () => {
    const depth = 3_000
    const [fn] = measure(`function chain(a) { if (a) {}${' else if (a) {}'.repeat(depth)} }`).functions
    expect(fn).toMatchObject({ cyclomatic: depth + 2, cognitive: depth + 1, maxNesting: 1 })
  })

  it('measures 1,500 nested ternaries and 600 nested arrows', () => {
    const [ternary] = measure(`function pick(a) { return ${'a ? 1 : '.repeat(1_500)}0 }`).functions
    expect(ternary).toMatchObject({ cyclomatic: 1_501, cognitive: (1_500 * 1_501) / 2, maxNesting: 1_500 })

    const functions = measure(`const curry = ${'() => '.repeat(600)}{ if (a) run() }`).functions
    expect(functions).toHaveLength(600)
    // The innermost arrow's if is k levels deep in the k-th arrow from the inside: +k there.
    expect(functions.map((fn) => fn.cognitive)).toEqual(
      Array.from({ length: 600 }, (_, index) => 600 - index),
    )
    expect(functions[599]?.enclosingFunction).toBe(598)
  })
})
