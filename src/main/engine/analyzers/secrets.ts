import type { Analyzer } from '../types'
import { mapWithConcurrency } from '../inventory/map-with-concurrency'
import { bundledSecretRules } from '../secrets/rule-pack'
import { scanFile } from '../secrets/scan-file'
import { scanHistory } from '../secrets/scan-history'
import {
  ENV_FILE_TEXT,
  KEY_FILE_TEXT,
  secretFinding,
  type SecretFindingText,
} from '../secrets/secret-findings'
import { secretsMetrics, summarizeSecrets } from '../secrets/summarize'
import { READ_CONCURRENCY } from './inventory'

const PROGRESS_EVERY_FILES = 100
const PROGRESS_EVERY_COMMITS = 200

/**
 * Credentials in the tracked files of the analysed commit and in every line its history added, redacted
 * before they leave the engine.
 */
export const secretsAnalyzer: Analyzer<'secrets'> = {
  id: 'secrets',
  title: 'Secrets',
  version: 2,
  needs: [],
  async run(context) {
    context.signal.throwIfAborted()
    const rules = bundledSecretRules()
    const total = context.files.length
    let done = 0
    const scans = await mapWithConcurrency(context.files, READ_CONCURRENCY, async (file) => {
      context.signal.throwIfAborted()
      const scan = await scanFile(file, rules, context)
      done += 1
      if (done % PROGRESS_EVERY_FILES === 0 || done === total) {
        context.progress({
          done,
          total,
          message: `Scanned ${done.toLocaleString('en-US')} files for secrets`,
        })
      }
      return scan
    })
    const commitSha = context.commitSha
    let history = null
    if (commitSha !== null) {
      const commits = Number((await context.git.run(['rev-list', '--count', commitSha])).trim()) || null
      const report = (scanned: number): void =>
        context.progress({
          done: scanned,
          total: commits,
          message: `Scanned ${scanned.toLocaleString('en-US')} commits for secrets`,
        })
      history = await scanHistory(commitSha, rules, context, (scanned) => {
        if (scanned % PROGRESS_EVERY_COMMITS === 0) report(scanned)
      })
      report(history.facts.commitsScanned)
      if (history.facts.truncatedBecause !== null)
        context.warn(`Secrets in the history: ${history.facts.truncatedBecause}.`)
    }
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
