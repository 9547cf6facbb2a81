import type { Severity } from '../../../shared/domain/finding'
import type {
  SecretCommit,
  SecretOccurrence,
  SecretsHistoryScan,
} from '../../../shared/domain/facts/secrets-facts'
import type { AnalyzerContext } from '../types'
import { readHistoryDiff } from './history-diff'
import { severityFor } from '../files/path-policy'
import { redact } from './redact'
import type { CompiledSecretRule } from './rule-pack'
import { MAX_SCANNED_FILE_BYTES, SENSITIVE_FILE_SEVERITY, skipReason } from './scan-file'
import { candidateRules, findSecrets } from './scan-text'
import { isEnvFile, isKeyFile } from './sensitive-files'

/** History findings kept at most: a history full of committed keys needs rotation, not a longer list. */
export const MAX_HISTORY_OCCURRENCES = 2000
/** A key block longer than this is not a key; the lines read so far are scanned and the rest read as lines. */
const MAX_KEY_BLOCK_LINES = 200
const FAKE_FILE_MODE = '100644'
const KEY_BODY_LINE = /^[A-Za-z0-9+/=]{40,}$/

/** A secret some commit added; `commit` is the oldest commit seen adding it at that path. */
export type HistoryHit = Omit<SecretOccurrence, 'commit'> & { commit: SecretCommit }

export interface HistoryScan {
  hits: HistoryHit[]
  facts: SecretsHistoryScan
}

type HistoryContext = Pick<AnalyzerContext, 'git' | 'redactionKey' | 'signal'>

/** Added lines of a private-key block, held until its END line so the block rules see it whole. */
interface KeyBlock {
  line: number
  lines: string[]
  ended: boolean
}

/** A path whose history is scanned: the working tree's path policy, vendored and binary paths skipped. */
function isScannedPath(path: string): boolean {
  return skipReason({ path, bytes: 0, mode: FAKE_FILE_MODE }) === null
}

/**
 * Scans the lines every commit reachable from `commitSha` added, with the working tree's rules, keyword
 * pre-filter and allowlists. Raw text lives only while its line (or key block) is scanned; what is kept
 * is redacted. A failed read keeps what was found and says so; cancellation rejects.
 */
export async function scanHistory(
  commitSha: string,
  rules: readonly CompiledSecretRule[],
  context: HistoryContext,
  onCommit: (commitsScanned: number) => void,
): Promise<HistoryScan> {
  const lineRules = rules.filter((rule) => rule.multiline !== true)
  const blockRules = rules.filter((rule) => rule.multiline === true)
  const hits = new Map<string, HistoryHit>()
  const facts: SecretsHistoryScan = {
    commitsScanned: 0,
    linesScanned: 0,
    truncated: false,
    truncatedBecause: null,
  }
  let commit: SecretCommit | null = null
  let path: string | null = null
  let bytesInFile = 0
  let block: KeyBlock | null = null

  const keep = (
    at: string,
    ruleId: string,
    severity: Severity,
    redacted: string | null,
    line: number | null,
  ): void => {
    if (commit === null) return
    const key = `${ruleId}\0${String(redacted)}\0${at}`
    const known = hits.get(key)
    // git log reads newest first: the last commit seen adding it is the one that introduced it.
    if (known !== undefined) {
      known.commit = commit
      known.line = line
      return
    }
    if (hits.size >= MAX_HISTORY_OCCURRENCES) {
      facts.truncated = true
      facts.truncatedBecause = `only the first ${MAX_HISTORY_OCCURRENCES.toLocaleString('en-US')} secrets found in the history are listed`
      return
    }
    hits.set(key, { path: at, line, ruleId, redacted, ...severityFor(severity, at), commit })
  }
  const record = (rule: CompiledSecretRule, secret: string | null, line: number): void => {
    if (path === null) return
    keep(
      path,
      `secrets/${rule.id}`,
      rule.severity,
      secret === null ? null : redact(secret, context.redactionKey),
      line,
    )
  }
  /** A .env or key file some commit wrote is a finding by its name, even when it was deleted since. */
  const recordSensitiveFile = (at: string): void => {
    if (isEnvFile(at)) keep(at, 'secrets/env-file', SENSITIVE_FILE_SEVERITY, null, null)
    // By name only: a .pem counts by its content, which the block rules read.
    if (isKeyFile(at, '')) keep(at, 'secrets/key-file', SENSITIVE_FILE_SEVERITY, null, null)
  }

  const flushBlock = (): void => {
    if (block === null) return
    const text = block.lines.join('\n')
    const matches = findSecrets(text, candidateRules(text.toLowerCase(), blockRules))
    for (const match of matches) record(match.rule, match.secret, block.line + match.line - 1)
    // A BEGIN line followed by key material the diff cut short is still a committed private key; one
    // mentioned in code or docs (a string, a comment) has no body under it.
    if (matches.length === 0 && !block.ended && KEY_BODY_LINE.test(block.lines[1]?.trim() ?? '')) {
      const begun = candidateRules((block.lines[0] ?? '').toLowerCase(), blockRules)[0]
      if (begun !== undefined) record(begun, null, block.line)
    }
    block = null
  }

  const scanAddedLine = (text: string, line: number): void => {
    bytesInFile += text.length + 1
    // The working tree skips files over the read limit; a diff adding that much is data, not config.
    if (bytesInFile > MAX_SCANNED_FILE_BYTES) {
      flushBlock()
      path = null
      return
    }
    facts.linesScanned += 1
    // With no context lines, the next hunk's lines are not the block's continuation.
    if (block !== null && line !== block.line + block.lines.length) flushBlock()
    if (block !== null) {
      block.lines.push(text)
      block.ended = text.includes('-----END')
      if (block.ended || block.lines.length >= MAX_KEY_BLOCK_LINES) flushBlock()
      return
    }
    const lower = text.toLowerCase()
    if (candidateRules(lower, blockRules).length > 0) {
      block = { line, lines: [text], ended: false }
      if (text.includes('-----END')) {
        block.ended = true
        flushBlock()
      }
      return
    }
    const candidates = candidateRules(lower, lineRules)
    if (candidates.length === 0) return
    for (const match of findSecrets(text.replace(/\r$/, ''), candidates))
      record(match.rule, match.secret, line)
  }

  try {
    for await (const event of readHistoryDiff(context.git, commitSha)) {
      if (event.kind === 'added') {
        if (path !== null) scanAddedLine(event.text, event.line)
        continue
      }
      flushBlock()
      bytesInFile = 0
      if (event.kind === 'file') {
        if (event.path !== null) recordSensitiveFile(event.path)
        path = event.path !== null && isScannedPath(event.path) ? event.path : null
        continue
      }
      context.signal.throwIfAborted()
      commit = event.commit
      path = null
      facts.commitsScanned += 1
      onCommit(facts.commitsScanned)
    }
    flushBlock()
  } catch (error) {
    if (context.signal.aborted) throw context.signal.reason
    facts.truncated = true
    facts.truncatedBecause = `the history read stopped early: ${error instanceof Error ? error.message : String(error)}`
  }
  return { hits: [...hits.values()], facts }
}
