import type { Analyzer } from '../types'
import { mapWithConcurrency } from '../inventory/map-with-concurrency'
import { bundledSecretRules } from '../secrets/rule-pack'
import { scanFile } from '../secrets/scan-file'
import {
  ENV_FILE_TEXT,
  KEY_FILE_TEXT,
  secretFinding,
  type SecretFindingText,
} from '../secrets/secret-findings'
import { secretsMetrics, summarizeSecrets } from '../secrets/summarize'
import { READ_CONCURRENCY } from './inventory'

const PROGRESS_EVERY_FILES = 100

/** Credentials in the tracked files of the analysed commit, redacted before they leave the engine. */
export const secretsAnalyzer: Analyzer<'secrets'> = {
  id: 'secrets',
  title: 'Secrets',
  version: 1,
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
    const facts = summarizeSecrets(context.files, scans, rules.length)
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
