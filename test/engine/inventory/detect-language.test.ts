import { describe, expect, it } from 'vitest'
import {
  detectLanguage,
  languageFromPath,
  shebangInterpreter,
} from '../../../src/main/engine/inventory/detect-language'

const bytes = (text: string): Buffer => Buffer.from(text)

describe('languageFromPath', () => {
  it.each([
    ['src/app.ts', 'TypeScript'],
    ['src/types.d.ts', 'TypeScript'],
    ['src/module.mts', 'TypeScript'],
    ['src/App.TSX', 'TSX'],
    ['index.cjs', 'JavaScript'],
    ['Button.jsx', 'JSX'],
    ['docs/README.md', 'Markdown'],
    ['.github/workflows/ci.yml', 'YAML'],
    ['Dockerfile', 'Dockerfile'],
    ['docker/Dockerfile.prod', 'Dockerfile'],
    ['images/api.dockerfile', 'Dockerfile'],
    ['Makefile', 'Makefile'],
    ['GNUmakefile', 'Makefile'],
    ['rules.mk', 'Makefile'],
    ['Gemfile', 'Ruby'],
    ['lib/tasks/db.rake', 'Ruby'],
    ['include/api.h', 'C/C++ Header'],
    ['scripts/deploy.bash', 'Shell'],
  ])('%s is %s', (path, name) => {
    expect(languageFromPath(path)?.name).toBe(name)
  })

  it.each(['LICENSE', '.gitignore', '.env.example', 'notes.txt', 'bin/tool'])(
    '%s names no language',
    (path) => {
      expect(languageFromPath(path)).toBeNull()
    },
  )
})

describe('shebangInterpreter', () => {
  it.each([
    ['#!/bin/bash\n', 'bash'],
    ['#!/usr/bin/env python3.12\n', 'python'],
    ['#!/usr/bin/env -S node --no-warnings\n', 'node'],
    ['#!/usr/bin/env FOO=1 ruby\n', 'ruby'],
    ['#! /bin/sh -e\n', 'sh'],
  ])('%j runs %s', (firstLine, interpreter) => {
    expect(shebangInterpreter(bytes(`${firstLine}echo\n`))).toBe(interpreter)
  })

  it('is null without a shebang on the first line', () => {
    expect(shebangInterpreter(bytes('echo\n#!/bin/sh\n'))).toBeNull()
    expect(shebangInterpreter(bytes(''))).toBeNull()
  })
})

describe('detectLanguage', () => {
  it('recognises an extension-less script by its shebang', () => {
    expect(detectLanguage('bin/tool', bytes('#!/usr/bin/env python3\nprint(1)\n'))?.name).toBe('Python')
    expect(detectLanguage('bin/cli', bytes('#!/usr/bin/env node\n'))?.name).toBe('JavaScript')
  })

  it('lets the name win over the shebang, as cloc does', () => {
    expect(detectLanguage('tool.py', bytes('#!/bin/bash\n'))?.name).toBe('Python')
  })

  it('knows no language for an unknown interpreter or plain text', () => {
    expect(detectLanguage('bin/tool', bytes('#!/usr/bin/perl\n'))).toBeNull()
    expect(detectLanguage('LICENSE', bytes('MIT License\n'))).toBeNull()
  })
})
