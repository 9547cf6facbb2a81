import { describe, expect, it } from 'vitest'
import { measure, parse } from './measure-source'
import { measureSourceFile } from '../../../../src/main/engine/code/measure'

const markerLines = (source: string, file?: string) =>
  measure(source, file).markers.map(({ kind, line, text }) => `${line} ${kind}: ${text}`)

describe('TODO-style markers', () => {
  it('finds TODO, FIXME, HACK and XXX in line, block and doc comments, with the text from the marker on', () => {
    const source = [
      '// TODO: split this module', // 1
      'const a = 1 // FIXME handle zero', // 2
      '/* HACK: the API returns strings */', // 3
      '/**', // 4
      ' * Loads things.', // 5
      ' * XXX this is slow', // 6
      ' * TODO(ana): cache it */', // 7
    ].join('\n')
    expect(markerLines(source)).toEqual([
      '1 TODO: TODO: split this module',
      '2 FIXME: FIXME handle zero',
      '3 HACK: HACK: the API returns strings',
      '6 XXX: XXX this is slow',
      '7 TODO: TODO(ana): cache it',
    ])
  })

  it('matches whole, upper-case words only, once per comment line', () => {
    const source = [
      '// TODOs are plans', // plural: not the word
      '// TODO_LIST, MYTODO and todo are not markers',
      '// @TODO and [FIXME] are',
      '// FIXME: TODO after FIXME on one line is one marker',
    ].join('\n')
    expect(markerLines(source)).toEqual([
      '3 TODO: TODO and [FIXME] are',
      '4 FIXME: FIXME: TODO after FIXME on one line is one marker',
    ])
  })

  it('ignores marker words in strings, templates, regular expressions and JSX text', () => {
    const source = [
      'const s = "// TODO in a string"',
      "const t = '/* FIXME in a string */'",
      'const u = `// HACK in a template ${value /* TODO: inside the substitution */} // XXX`',
      'const r = /\\/\\/ TODO in a regex/',
      'const j = <p>// TODO in JSX text /* FIXME */ {/* HACK: a JSX comment */}</p>',
      'const k = <p title="// TODO in an attribute">x</p>',
    ].join('\n')
    expect(markerLines(source, 'case.tsx')).toEqual([
      '3 TODO: TODO: inside the substitution',
      '5 HACK: HACK: a JSX comment',
    ])
  })

  it('counts each comment once, wherever it sits between tokens', () => {
    const source = [
      '#!/usr/bin/env node', // 1: a shebang is not a comment
      'import { a /* TODO 2 */ } from "a" // TODO 2b', // 2
      'function f(/* TODO 3 */) {}', // 3
      'const empty = { /* TODO 4 */ }', // 4
      'const list = [ // TODO 5', // 5
      ']', // 6
      'type T = Map</* TODO 7 */ string, number>', // 7
      'if (a) { /* TODO 8 */ } else { // TODO 8b', // 8
      '}', // 9
      'const x = a /* TODO 10 */ + /* TODO 10b */ b', // 10
      'const el = <div /* TODO 11 */ id="x">{/* TODO 11b */}</div>', // 11
      'class C { /* TODO 12 */ }', // 12
      '// TODO 13 at the end', // 13
      '/* TODO 14 unterminated', // 14
    ].join('\n')
    expect(measure(source, 'case.tsx').markers.map((marker) => marker.text)).toEqual([
      'TODO 2',
      'TODO 2b',
      'TODO 3',
      'TODO 4',
      'TODO 5',
      'TODO 7',
      'TODO 8',
      'TODO 8b',
      'TODO 10',
      'TODO 10b',
      'TODO 11',
      'TODO 11b',
      'TODO 12',
      'TODO 13 at the end',
      'TODO 14 unterminated',
    ])
  })

  it('caps a marker’s text', () => {
    const [marker] = measure(`// TODO ${'x'.repeat(500)}`).markers
    expect(marker?.text).toHaveLength(200)
  })
})

describe('suppression comments', () => {
  it('counts @ts-ignore and @ts-expect-error as TypeScript recognises them', () => {
    const source = [
      '// @ts-ignore',
      '/// @ts-ignore: triple slash works too',
      '/* @ts-ignore */',
      '{/* @ts-expect-error */}',
      '// @ts-expect-error -- with a reason',
      '/**',
      ' * @ts-expect-error on the last line of a block counts',
      ' */',
      '/*',
      ' * a block ending on its directive line',
      ' * @ts-ignore */',
      '// not a directive: @ts-ignore',
      'const s = "// @ts-ignore in a string"',
    ].join('\n')
    const sourceFile = parse(source, 'case.tsx')
    const { suppressions } = measureSourceFile(sourceFile)
    expect(suppressions).toMatchObject({ tsIgnore: 4, tsExpectError: 2 })

    // The parser records the directives it honours: the counts must agree with them.
    const honoured =
      (sourceFile as unknown as { commentDirectives?: { type: number }[] }).commentDirectives ?? []
    expect(honoured.filter((directive) => directive.type === 1)).toHaveLength(suppressions.tsIgnore)
    expect(honoured.filter((directive) => directive.type === 0)).toHaveLength(suppressions.tsExpectError)
  })

  it('counts eslint-disable directives as ESLint reads them', () => {
    const source = [
      '/* eslint-disable */',
      '/* eslint-disable no-console, eqeqeq -- legacy file */',
      '// eslint-disable-next-line no-console',
      'console.log(1) // eslint-disable-line',
      'console.log(2) /* eslint-disable-line no-console */',
      '/* eslint-disable-next-line */',
      '// eslint-disable -- ESLint ignores this form in a line comment',
      '/* eslint-enable */',
      '/** eslint-disable */',
      '/* eslint-disable-line',
      '   spanning lines, which ESLint rejects */',
      '// not eslint-disable at the start',
      'const s = "// eslint-disable-line"',
    ].join('\n')
    expect(measure(source).suppressions).toEqual({ tsIgnore: 0, tsExpectError: 0, eslintDisable: 6 })
  })
})
