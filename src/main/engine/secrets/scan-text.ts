import type { CompiledSecretRule } from './rule-pack'
import { shannonEntropy } from './entropy'

/** One secret a rule found; `secret` is the raw value and must be redacted before it goes anywhere. */
export interface SecretMatch {
  rule: CompiledSecretRule
  line: number
  column: number
  secret: string
}

/**
 * Lines longer than this (minified code, data blobs) are scanned in overlapping windows: RE2 is linear,
 * but re2js is slow on very long inputs (security.md 3.4). The overlap is longer than any token.
 */
const WINDOW_CHARS = 4096
const WINDOW_OVERLAP_CHARS = 512

/** The rules whose keywords the text contains: the only ones whose regexes may run on it. */
export function candidateRules(
  lowerText: string,
  rules: readonly CompiledSecretRule[],
): CompiledSecretRule[] {
  return rules.filter((rule) => rule.keywords.some((keyword) => lowerText.includes(keyword)))
}

function* windowsOf(line: string): Generator<{ offset: number; text: string }> {
  for (let offset = 0; ; offset += WINDOW_CHARS - WINDOW_OVERLAP_CHARS) {
    yield { offset, text: line.slice(offset, offset + WINDOW_CHARS) }
    if (offset + WINDOW_CHARS >= line.length) return
  }
}

function isKept(rule: CompiledSecretRule, secret: string): boolean {
  if (secret.length === 0) return false
  if (rule.entropy !== undefined && shannonEntropy(secret) < rule.entropy) return false
  return !rule.placeholders.some((placeholder) => placeholder.test(secret))
}

/** Every kept match of one rule in `text`, as offsets into it. */
function matchesIn(rule: CompiledSecretRule, text: string): { index: number; secret: string }[] {
  const found: { index: number; secret: string }[] = []
  for (const match of rule.pattern.matchAll(text)) {
    const secret = match.groups?.['secret'] ?? match[1] ?? match[0]
    if (!isKept(rule, secret)) continue
    found.push({ index: (match.index ?? 0) + Math.max(0, match[0].indexOf(secret)), secret })
  }
  return found
}

function lineStartsOf(text: string): number[] {
  const starts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
    starts.push(index + 1)
  return starts
}

/** The 1-based line and column of an offset, by binary search over the line starts. */
function positionOf(lineStarts: readonly number[], index: number): { line: number; column: number } {
  let low = 0
  let high = lineStarts.length - 1
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if ((lineStarts[middle] ?? 0) <= index) low = middle
    else high = middle - 1
  }
  return { line: low + 1, column: index - (lineStarts[low] ?? 0) + 1 }
}

/**
 * Finds secrets in one file's text: a rule runs only where its keywords appear (file, then line),
 * multi-line rules (key blocks) over the whole text, the rest line by line.
 */
export function findSecrets(text: string, candidates: readonly CompiledSecretRule[]): SecretMatch[] {
  const lineStarts = lineStartsOf(text)
  const seen = new Set<string>()
  const results: SecretMatch[] = []
  const add = (rule: CompiledSecretRule, index: number, secret: string): void => {
    const key = `${rule.id}\0${index}`
    if (seen.has(key)) return
    seen.add(key)
    results.push({ rule, secret, ...positionOf(lineStarts, index) })
  }

  for (const rule of candidates.filter((candidate) => candidate.multiline === true)) {
    for (const { index, secret } of matchesIn(rule, text)) add(rule, index, secret)
  }
  const lineRules = candidates.filter((candidate) => candidate.multiline !== true)
  if (lineRules.length === 0) return results
  lineStarts.forEach((start, lineIndex) => {
    const end = (lineStarts[lineIndex + 1] ?? text.length + 1) - 1
    const line = text.slice(start, end).replace(/\r$/, '')
    const onLine = candidateRules(line.toLowerCase(), lineRules)
    if (onLine.length === 0) return
    for (const window of windowsOf(line)) {
      for (const rule of onLine) {
        for (const { index, secret } of matchesIn(rule, window.text))
          add(rule, start + window.offset + index, secret)
      }
    }
  })
  return results
}
