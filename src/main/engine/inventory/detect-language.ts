import { LANGUAGES, type LanguageDefinition } from './languages'

function indexBy(
  keysOf: (language: LanguageDefinition) => readonly string[] | undefined,
): Map<string, LanguageDefinition> {
  const index = new Map<string, LanguageDefinition>()
  for (const language of LANGUAGES) {
    for (const key of keysOf(language) ?? []) index.set(key.toLowerCase(), language)
  }
  return index
}

const BY_FILENAME = indexBy((language) => language.filenames)
const BY_EXTENSION = indexBy((language) => language.extensions)
const BY_INTERPRETER = indexBy((language) => language.interpreters)
const BY_FILENAME_PREFIX = [...indexBy((language) => language.filenamePrefixes)]

/** A shebang longer than this is not worth reading. */
const MAX_SHEBANG_BYTES = 256

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

/** The language a path names by its file name or extension, or null if only the content can tell. */
export function languageFromPath(path: string): LanguageDefinition | null {
  const name = basename(path).toLowerCase()
  const byName = BY_FILENAME.get(name)
  if (byName) return byName
  const dot = name.lastIndexOf('.')
  const byExtension = dot > 0 ? BY_EXTENSION.get(name.slice(dot + 1)) : undefined
  if (byExtension) return byExtension
  return BY_FILENAME_PREFIX.find(([prefix]) => name.startsWith(prefix))?.[1] ?? null
}

/**
 * The interpreter a `#!` first line names: `#!/bin/bash` → bash, `#!/usr/bin/env -S python3.12 -u`
 * → python. Version suffixes are dropped so every python3.x is python.
 */
export function shebangInterpreter(content: Uint8Array): string | null {
  if (content[0] !== 0x23 || content[1] !== 0x21) return null
  const newline = content.indexOf(0x0a)
  const end = Math.min(newline === -1 ? content.length : newline, MAX_SHEBANG_BYTES)
  const words = Buffer.from(content.buffer, content.byteOffset + 2, end - 2)
    .toString('latin1')
    .trim()
    .split(/\s+/)
  let program = basename(words.shift() ?? '')
  if (program === 'env') {
    program = basename(words.find((word) => !word.startsWith('-') && !word.includes('=')) ?? '')
  }
  return program.replace(/[\d.]+$/, '').toLowerCase() || null
}

/** By name first, as cloc does; a file whose name says nothing is recognised by its shebang. */
export function detectLanguage(path: string, content: Uint8Array): LanguageDefinition | null {
  const fromPath = languageFromPath(path)
  if (fromPath) return fromPath
  const interpreter = shebangInterpreter(content)
  return interpreter === null ? null : (BY_INTERPRETER.get(interpreter) ?? null)
}
