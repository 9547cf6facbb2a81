import { describe, expect, it } from 'vitest'
import {
  committedSensitiveFiles,
  ruleChoices,
  secretRows,
  secretRuleTitles,
} from '../../../src/renderer/src/features/security/secret-rows'
import { occurrence, secretsFacts } from './fixtures'

const titles = secretRuleTitles([
  { ruleId: 'secrets/aws-access-key-id', title: 'AWS access key ID' },
  { ruleId: 'secrets/env-file', title: 'Environment file committed' },
  { ruleId: 'complexity/function', title: 'Complex function' },
])

describe('secretRows', () => {
  it('orders by severity then place, with the rule’s title and only the redacted value', () => {
    const rows = secretRows(secretsFacts(), titles)
    expect(rows.map((row) => [row.severity, row.ruleTitle, row.location, row.redacted])).toEqual([
      ['critical', 'AWS access key ID', 'src/config.ts:3', 'AKIA…#0123456789abcdef'],
      ['high', 'Environment file committed', '.env', null],
      ['low', 'AWS access key ID', 'test/fixtures/keys.ts:9', 'AKIA…#0123456789abcdef'],
    ])
    expect(rows[2]?.loweredBecause).toBe('it is in a test path')
    expect(new Set(rows.map((row) => row.key)).size).toBe(3)
  })

  it('names a rule no finding titles by its id', () => {
    const [row] = secretRows(
      secretsFacts({ occurrences: [occurrence({ ruleId: 'secrets/new-rule' })] }),
      titles,
    )
    expect(row?.ruleTitle).toBe('new-rule')
  })

  it('has no history for runs that did not read it', () => {
    const [row] = secretRows(secretsFacts({ occurrences: [occurrence()] }), titles)
    expect(row).toMatchObject({ introduced: null, inHistoryOnly: false })
  })

  it('reads the introducing commit and "history only" when the engine adds them', () => {
    const withHistory = {
      ...occurrence(),
      commit: { sha: 'a1b2c3d4e5f6a7b8', author: 'Ada Lovelace', date: '2026-03-04T10:00:00Z' },
      inHistoryOnly: true,
    }
    const [row] = secretRows(secretsFacts({ occurrences: [withHistory] }), titles)
    expect(row).toMatchObject({
      introduced: { sha: 'a1b2c3d4e5f6a7b8', author: 'Ada Lovelace', date: '2026-03-04T10:00:00Z' },
      inHistoryOnly: true,
    })
  })
})

describe('ruleChoices', () => {
  it('lists each rule that found something once, most hits first, with its count', () => {
    expect(ruleChoices(secretRows(secretsFacts(), titles))).toEqual([
      { value: 'secrets/aws-access-key-id', label: 'AWS access key ID (2)' },
      { value: 'secrets/env-file', label: 'Environment file committed (1)' },
    ])
  })
})

describe('committedSensitiveFiles', () => {
  it('counts .env and key files, not secrets inside code', () => {
    const facts = secretsFacts({
      occurrences: [
        occurrence(),
        occurrence({ ruleId: 'secrets/env-file', redacted: null }),
        occurrence({ ruleId: 'secrets/key-file', redacted: null }),
      ],
    })
    expect(committedSensitiveFiles(facts)).toBe(2)
  })
})
