import type { Analyzer, AnalyzerContext } from '../types'
import { bundledSecretRules, type CompiledSecretRule } from '../secrets/rule-pack'
import { scanHistory, type HistoryScan } from '../secrets/scan-history'
import { scanWorkingTree } from '../secrets/scan-working-tree'
import {
  ENV_FILE_TEXT,
  KEY_FILE_TEXT,
  secretFinding,
  type SecretFindingText,
} from '../secrets/secret-findings'
import { secretsMetrics, summarizeSecrets } from '../secrets/summarize'

const PROGRESS_EVERY_FILES = 100
const PROGRESS_EVERY_COMMITS = 200

/**
 * Every line the history added; null for a repository with no commits. Its progress, in commits, is
 * shown once `showProgress` says the files' progress is over, so the bar never jumps between the two.
 */
async function readHistory(
  rules: readonly CompiledSecretRule[],
  context: AnalyzerContext,
  showProgress: () => boolean,
): Promise<HistoryScan | null> {
  const commitSha = context.commitSha
  if (commitSha === null) return null
  const commits = Number((await context.git.run(['rev-list', '--count', commitSha])).trim()) || null
  const report = (scanned: number): void =>
    context.progress({
      done: scanned,
      total: commits,
      message: `Scanned ${scanned.toLocaleString('en-US')} commits for secrets`,
    })
  const history = await scanHistory(commitSha, rules, context, (scanned) => {
    if (scanned % PROGRESS_EVERY_COMMITS === 0 && showProgress()) report(scanned)
  })
  report(history.facts.commitsScanned)
  if (history.facts.truncatedBecause !== null)
    context.warn(`Secrets in the history: ${history.facts.truncatedBecause}.`)
  return history
}

/**
 * Credentials in the tracked files of the analysed commit and in every line its history added, redacted
 * before they leave the engine. The two reads overlap: git produces the history's diff in its own
 * process while this thread scans files.
 */
export const secretsAnalyzer: Analyzer<'secrets'> = {
  id: 'secrets',
  title: 'Secrets',
  version: 3,
  needs: [],
  async run(context) {
    context.signal.throwIfAborted()
    const rules = bundledSecretRules()
    const total = context.files.length
    let filesDone = total === 0
    const [scans, history] = await Promise.all([
      scanWorkingTree(context.files, rules, context, (done) => {
        filesDone = done === total
        if (done % PROGRESS_EVERY_FILES === 0 || filesDone) {
          context.progress({
            done,
            total,
            message: `Scanned ${done.toLocaleString('en-US')} files for secrets`,
          })
        }
      }),
      readHistory(rules, context, () => filesDone),
    ])
    const facts = summarizeSecrets(context.files, scans, rules.length, history)
    const texts = new Map<string, SecretFindingText>([
      ['secrets/env-file', ENV_FILE_TEXT],
      ['secrets/key-file', KEY_FILE_TEXT],
      ...rules.map((rule) => [`secrets/${rule.id}`, rule] as const),
    ])
    const findings = facts.occurrences.map((occurrence) => {
      const text = texts.get(occurrence.ruleId)
      if (text === undefined) throw new Error(`No text for secret rule ${occurrence.ruleId}`)
      return secretFinding(occurrence, text)
    })
    return { facts, metrics: secretsMetrics(facts), findings }
  },
}
