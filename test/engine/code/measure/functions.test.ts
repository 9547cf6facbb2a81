import { describe, expect, it } from 'vitest'
import { measure } from './measure-source'

const shape = (source: string, file?: string) =>
  measure(source, file).functions.map(({ name, kind, line, column, endLine, lines, parameters }) => ({
    name,
    kind,
    line,
    column,
    endLine,
    lines,
    parameters,
  }))

describe('the functions of a file', () => {
  it('finds every kind of function, with its name, place and parameters', () => {
    const source = [
      'export function load(path: string, options = {}) {', // 1
      '  return path', // 2
      '}', // 3
      'const handler = async (event, context) => event', // 4
      'const named = function inner(a) { return a }', // 5
      'class Store {', // 6
      '  constructor(private readonly name: string) {}', // 7
      '  get size() { return 0 }', // 8
      '  set size(value: number) {}', // 9
      '  static {', // 10
      '    init()', // 11
      '  }', // 12
      '  save(this: Store, item: unknown, ...rest: unknown[]) {', // 13
      '    return item', // 14
      '  }', // 15
      '}', // 16
    ].join('\n')
    expect(shape(source)).toEqual([
      { name: 'load', kind: 'function', line: 1, column: 1, endLine: 3, lines: 3, parameters: 2 },
      { name: 'handler', kind: 'arrow', line: 4, column: 17, endLine: 4, lines: 1, parameters: 2 },
      {
        name: 'inner',
        kind: 'function-expression',
        line: 5,
        column: 15,
        endLine: 5,
        lines: 1,
        parameters: 1,
      },
      {
        name: 'Store.constructor',
        kind: 'constructor',
        line: 7,
        column: 3,
        endLine: 7,
        lines: 1,
        parameters: 1,
      },
      { name: 'Store.size', kind: 'getter', line: 8, column: 3, endLine: 8, lines: 1, parameters: 0 },
      { name: 'Store.size', kind: 'setter', line: 9, column: 3, endLine: 9, lines: 1, parameters: 1 },
      {
        name: 'Store.<static>',
        kind: 'static-block',
        line: 10,
        column: 3,
        endLine: 12,
        lines: 3,
        parameters: 0,
      },
      // `this: Store` declares the receiver's type; it is not a parameter.
      { name: 'Store.save', kind: 'method', line: 13, column: 3, endLine: 15, lines: 3, parameters: 2 },
    ])
  })

  it('infers names from what a function is assigned to, and leaves the rest anonymous', () => {
    const source = `
      module.exports.start = () => {}
      this.onReady = function () {}
      exports['stop'] = () => {}
      const routes = { home: () => {}, 'not-found': function () {}, [key]: () => {}, nested: { deep() {} } }
      const Widget = class { render() {} }
      class Panel { #toggle = () => {}; static create = () => {}; [Symbol.iterator]() {} }
      let later
      later = (() => {}) as Handler
      const { pick = () => {} } = options
      export default () => {}
      run(() => {})
      new Promise(function (resolve) { resolve() })
    `
    expect(measure(source).functions.map((fn) => fn.name)).toEqual([
      'module.exports.start',
      'this.onReady',
      'exports.stop',
      'routes.home',
      'routes.not-found',
      'routes.[key]',
      'nested.deep',
      'Widget.render',
      'Panel.#toggle',
      'Panel.create',
      'Panel.[Symbol.iterator]',
      'later',
      'pick',
      'default',
      '<anonymous>',
      '<anonymous>',
    ])
  })

  it('caps names taken from the audited code', () => {
    const longName = 'x'.repeat(500)
    const [fn] = measure(`function ${longName}() {}`).functions
    expect(fn?.name).toHaveLength(200)
  })

  it('starts a decorated method after its decorators', () => {
    const source = [
      'class Api {',
      '  @Get()',
      '  @Auth("admin")',
      '  list() {',
      '    return []',
      '  }',
      '}',
    ].join('\n')
    expect(shape(source)).toEqual([
      { name: 'Api.list', kind: 'method', line: 4, column: 3, endLine: 6, lines: 3, parameters: 0 },
    ])
  })

  it('skips bodiless declarations: overloads, abstract methods, ambient functions and signatures', () => {
    const source = `
      export function parse(text: string): number
      export function parse(text: Buffer): number
      export function parse(text: string | Buffer): number { return text.length }
      abstract class Shape { abstract area(): number }
      declare function external(a: string): void
      interface Api { call(a: string): void; handler: (a: string) => void }
      type Callback = (error: Error) => void
    `
    expect(measure(source).functions.map(({ name, kind }) => `${kind} ${name}`)).toEqual(['function parse'])
  })

  it('links each function to the one it is written in', () => {
    const source = `
      function outer() {
        const first = () => {
          return function innermost() {}
        }
        class Local { field = () => {} }
      }
      const top = () => {}
    `
    expect(measure(source).functions.map(({ name, enclosingFunction }) => [name, enclosingFunction])).toEqual(
      [
        ['outer', null],
        ['first', 0],
        ['innermost', 1],
        // A field initializer is not reported, so its arrow belongs to the function around the class.
        ['Local.field', 0],
        ['top', null],
      ],
    )
  })

  it('measures the deepest nesting of control flow in each function’s own body', () => {
    const source = `
      function flat(a) { return a + 1 }
      function one(a) { if (a) {} else if (a) {} else {} }
      function three(xs) {
        for (const x of xs) {
          try {
            if (x) { const y = x ? 1 : 2 }
          } catch {}
        }
      }
      function caught() { try {} catch { switch (a) { case 1: while (b) {} } } }
      function outer(a) { if (a) { return () => { if (a) { if (a) {} } } } }
    `
    expect(measure(source).functions.map(({ name, maxNesting }) => [name, maxNesting])).toEqual([
      ['flat', 0],
      // else if and else continue the if's level.
      ['one', 1],
      // for, if, ternary: the try does not nest.
      ['three', 3],
      ['caught', 3],
      // A nested function's body is its own: outer has one if, the arrow two.
      ['outer', 1],
      ['<anonymous>', 2],
    ])
  })

  it('reads JSX in .tsx and .jsx files', () => {
    const tsx = `export function Card({ title }: { title?: string }) {
  return <section>{title ? <h1>{title}</h1> : <Empty onClick={() => select(title!)} />}</section>
}`
    expect(
      measure(tsx, 'card.tsx').functions.map(({ name, kind, line, cyclomatic }) => [
        name,
        kind,
        line,
        cyclomatic,
      ]),
    ).toEqual([
      ['Card', 'function', 1, 2],
      ['<anonymous>', 'arrow', 2, 1],
    ])
    const jsx = `const App = () => <div>{items.map((item) => (item.done ? <Done key={item.id} /> : null))}</div>`
    expect(
      measure(jsx, 'app.jsx').functions.map(({ name, cyclomatic, cognitive }) => [
        name,
        cyclomatic,
        cognitive,
      ]),
    ).toEqual([
      // The callback's ternary is one level deep in App: +2 there, +1 on its own.
      ['App', 1, 2],
      ['<anonymous>', 2, 1],
    ])
  })
})
