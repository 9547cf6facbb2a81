import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { convertSarifLog, type ConvertOptions } from '../../../src/main/sarif-import/convert-sarif'
import { readSarifLog } from '../../../src/main/sarif-import/read-sarif-log'
import type { ImportedToolResults } from '../../../src/shared/domain/tool-import'

export const FIXTURES = join(import.meta.dirname, '../../fixtures/sarif')

export const fixtureBytes = (name: string): Uint8Array => readFileSync(join(FIXTURES, name))

/** Leaves text as it is: the tests of redaction give their own. */
export const keepText = (text: string): string => text

export function convertText(
  text: string,
  caps: Pick<ConvertOptions, 'limit' | 'textBudget'> = {},
): ImportedToolResults[] {
  return convertSarifLog(readSarifLog(Buffer.from(text, 'utf8'), 'test.sarif'), { redact: keepText, ...caps })
}

export const convertFixture = (name: string): ImportedToolResults[] =>
  convertSarifLog(readSarifLog(fixtureBytes(name), name), { redact: keepText })

/** A minimal SARIF 2.1.0 log with one run of `tool` and these results and rules. */
export function logWith(
  results: unknown[],
  rules: unknown[] = [],
  run: Record<string, unknown> = {},
): string {
  return JSON.stringify({
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'Tool', rules } }, results, ...run }],
  })
}
