import { describe, expect, it } from 'vitest'
import { countLines } from '../../../src/main/engine/inventory/count-lines'
import { detectLanguage } from '../../../src/main/engine/inventory/detect-language'
import { LANGUAGES, type LanguageDefinition } from '../../../src/main/engine/inventory/languages'
import { DELIBERATE_DIFFERENCES, LINE_COUNT_CASES } from './line-count-cases'

function language(name: string): LanguageDefinition {
  const found = LANGUAGES.find((candidate) => candidate.name === name)
  if (!found) throw new Error(`no language ${name}`)
  return found
}

const count = (source: string | Buffer, name: string) =>
  countLines(typeof source === 'string' ? Buffer.from(source) : source, language(name))

describe('countLines, cloc-compatible, for every language', () => {
  it.each(LINE_COUNT_CASES.map((example) => [example.language, example.file, example.why, example] as const))(
    '%s %s: %s',
    (_language, _file, _why, example) => {
      const content = Buffer.from(example.source)
      expect(detectLanguage(example.file, content)?.name).toBe(example.language)
      expect(count(content, example.language)).toEqual(example.expected)
    },
  )

  it('covers every language it defines', () => {
    const covered = new Set(LINE_COUNT_CASES.map((example) => example.language))
    expect(LANGUAGES.map((definition) => definition.name).filter((name) => !covered.has(name))).toEqual([])
  })
})

describe('countLines, where Diligent differs from cloc on purpose', () => {
  it.each(DELIBERATE_DIFFERENCES.map((example) => [example.file, example.why, example] as const))(
    '%s: %s',
    (_file, _why, example) => {
      expect(count(example.source, example.language)).toEqual(example.expected)
    },
  )
})

describe('countLines on awkward content', () => {
  it('counts nothing in an empty file, and a last line without a newline', () => {
    expect(count('', 'TypeScript')).toEqual({ code: 0, comment: 0, blank: 0 })
    expect(count('const a = 1\n// end', 'TypeScript')).toEqual({ code: 1, comment: 1, blank: 0 })
  })

  it('treats Windows line endings like Unix ones, as cloc trims the carriage return', () => {
    expect(count('// a \\\r\nconst b = 2\r\n\r\nconst c = 3\r\n', 'TypeScript')).toEqual({
      code: 2,
      comment: 1,
      blank: 1,
    })
  })

  it('skips a UTF-8 byte-order mark, so a comment on the first line stays a comment', () => {
    expect(count(Buffer.from('\uFEFF// header\nconst a = 1\n'), 'TypeScript')).toEqual({
      code: 1,
      comment: 1,
      blank: 0,
    })
  })

  it('counts tabs, form feeds and vertical tabs as whitespace', () => {
    expect(count('\t \f\v\n  \t\nx = 1\n', 'Python')).toEqual({ code: 1, comment: 0, blank: 2 })
  })

  it('counts invalid UTF-8 without trouble: comment markers are ASCII', () => {
    const latin1 = Buffer.concat([
      Buffer.from('// caf'),
      Buffer.from([0xe9, 0xff, 0xfe]),
      Buffer.from('\nconst a = 1\n'),
    ])
    expect(count(latin1, 'TypeScript')).toEqual({ code: 1, comment: 1, blank: 0 })
  })

  it('counts a shebang as code only in a script language, and only on the first non-blank line', () => {
    expect(count('#!/usr/bin/env bash\n', 'Shell')).toEqual({ code: 1, comment: 0, blank: 0 })
    expect(count('\n#!/bin/sh\n#!/bin/sh\n', 'Shell')).toEqual({ code: 1, comment: 1, blank: 1 })
    expect(count('#!/not/a/script\n', 'YAML')).toEqual({ code: 0, comment: 1, blank: 0 })
  })

  it('treats an unterminated comment the way each cloc routine does', () => {
    expect(count('x\n<!-- never closed\n<p>\n', 'HTML')).toEqual({ code: 1, comment: 2, blank: 0 })
    expect(count('x\n"""never closed\ny\n', 'Python')).toEqual({ code: 3, comment: 0, blank: 0 })
    expect(count('x\n=begin\ny\n', 'Ruby')).toEqual({ code: 1, comment: 2, blank: 0 })
  })

  it('stays linear on many comments when one kind of closer never appears', () => {
    const source = `${'"""doc"""\nx = 1\n'.repeat(50_000)}`
    const started = performance.now()
    expect(count(source, 'Python')).toEqual({ code: 50_000, comment: 50_000, blank: 0 })
    expect(performance.now() - started).toBeLessThan(2_000)
  })
})
