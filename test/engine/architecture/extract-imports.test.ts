import { ts } from 'ts-morph'
import { describe, expect, it } from 'vitest'
import { extractImports, scanImports } from '../../../src/main/engine/architecture/extract-imports'

const sourceFile = (code: string, fileName = 'a.ts') =>
  ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false)
const parse = (code: string, fileName = 'a.ts') => scanImports(sourceFile(code, fileName))

describe('extractImports', () => {
  it('finds every kind of import, with its line, in source order', () => {
    const code = [
      "import a from './static'",
      "import './side-effect'",
      "import * as ns from 'namespace'",
      "import type { T } from './types'",
      "import { type U, type V } from './only-types'",
      "import { type W, value } from './mixed'",
      "import legacy = require('./legacy')",
      "export { x } from './re-export'",
      "export * from './star'",
      "export * as all from './star-as'",
      "export type { Y } from './type-re-export'",
      "const cjs = require('./cjs')",
      "const lazy = import('./lazy')",
      'const templated = import(`./templated`)',
      "type Z = import('./type-query').Z",
    ].join('\n')
    expect(parse(code)).toEqual({
      imports: [
        { specifier: './static', kind: 'static', line: 1 },
        { specifier: './side-effect', kind: 'static', line: 2 },
        { specifier: 'namespace', kind: 'static', line: 3 },
        { specifier: './types', kind: 'type-only', line: 4 },
        { specifier: './only-types', kind: 'type-only', line: 5 },
        { specifier: './mixed', kind: 'static', line: 6 },
        { specifier: './legacy', kind: 'static', line: 7 },
        { specifier: './re-export', kind: 're-export', line: 8 },
        { specifier: './star', kind: 're-export', line: 9 },
        { specifier: './star-as', kind: 're-export', line: 10 },
        { specifier: './type-re-export', kind: 'type-only', line: 11 },
        { specifier: './cjs', kind: 'require', line: 12 },
        { specifier: './lazy', kind: 'dynamic', line: 13 },
        { specifier: './templated', kind: 'dynamic', line: 14 },
        { specifier: './type-query', kind: 'type-only', line: 15 },
      ],
      nonLiteral: 0,
    })
  })

  it('counts imports computed at run time instead of guessing their target', () => {
    const code = [
      'const name = "x"',
      'import(name)',
      'import(`./locales/${name}`)',
      "require('./a' + name)",
      'require(name)',
      "import('./literal')",
    ].join('\n')
    expect(parse(code)).toEqual({
      imports: [{ specifier: './literal', kind: 'dynamic', line: 6 }],
      nonLiteral: 4,
    })
  })

  it('ignores look-alikes that import nothing', () => {
    const code = [
      'export const x = 1',
      'export { x as y }',
      'const s = \'import x from "./not-code"\'',
      "obj.require('./method')",
      'require()',
      "// import z from './comment'",
      "import.meta.resolve('./meta')",
    ].join('\n')
    expect(parse(code)).toEqual({ imports: [], nonLiteral: 0 })
  })

  it('reads imports in JavaScript and JSX files', () => {
    const code = "const React = require('react')\nexport default () => <div>{import('./chunk')}</div>"
    expect(parse(code, 'a.jsx').imports).toEqual([
      { specifier: 'react', kind: 'require', line: 1 },
      { specifier: './chunk', kind: 'dynamic', line: 2 },
    ])
  })

  it('extractImports gives the same imports without the count', () => {
    const code = "import a from './a'\nimport(name)\nexport * from './b'"
    expect(extractImports(sourceFile(code))).toEqual(parse(code).imports)
  })

  it('returns nothing for a file without any import keyword, and for an empty file', () => {
    expect(parse('const answer = 42')).toEqual({ imports: [], nonLiteral: 0 })
    expect(parse('')).toEqual({ imports: [], nonLiteral: 0 })
  })

  it('keeps going through syntax errors', () => {
    expect(parse("import { from './broken'\nconst x = require('./after')").imports).toContainEqual({
      specifier: './after',
      kind: 'require',
      line: 2,
    })
  })

  it('walks a source nested 3,000 levels deep without overflowing the stack', () => {
    // Left-nested statements: the parser loops, so only a recursive walker would overflow.
    const nested = 'if (a) '.repeat(3_000) + "require('./deepest')"
    expect(parse(nested).imports).toEqual([{ specifier: './deepest', kind: 'require', line: 1 }])
  })

  it('walks an expression 100,000 levels deep', () => {
    // `a + b + c …` parses iteratively into a left-deep tree: the first operand is the deepest node.
    const deep = `const x = require('./first')${' + 1'.repeat(100_000)}`
    expect(parse(deep).imports).toEqual([{ specifier: './first', kind: 'require', line: 1 }])
  })
})
