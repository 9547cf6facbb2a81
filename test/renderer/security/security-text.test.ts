import { describe, expect, it } from 'vitest'
import { noSecretsText } from '../../../src/renderer/src/features/security/no-secrets-text'
import { securityStats } from '../../../src/renderer/src/features/security/security-stats'
import { secretsFacts } from './fixtures'

describe('securityStats', () => {
  it('counts secrets by severity, files scanned and skipped, and committed .env and key files', () => {
    expect(securityStats(secretsFacts())).toEqual([
      {
        label: 'Secrets found',
        value: '3',
        hint: '1 critical · 1 high · 0 medium · 1 low · 0 info',
        tone: 'danger',
      },
      {
        label: 'Files scanned',
        value: '120',
        hint: 'this commit only: earlier commits not searched',
        tone: 'warning',
      },
      {
        label: 'Files skipped',
        value: '1',
        hint: 'binary, too large or unreadable: not searched',
        tone: 'warning',
      },
      {
        label: '.env and key files',
        value: '1',
        hint: 'committed environment files and private keys',
        tone: 'danger',
      },
    ])
  })

  it('says how much history was searched, and when the search stopped early', () => {
    const history = { commitsScanned: 1_204, linesScanned: 88_000, truncated: false, truncatedBecause: null }
    expect(securityStats(secretsFacts({ history }))[1]).toEqual({
      label: 'Files scanned',
      value: '120',
      hint: 'and 1,204 commits of history',
    })
    const stopped = { ...history, truncated: true, truncatedBecause: 'the cap of 500 occurrences' }
    expect(securityStats(secretsFacts({ history: stopped }))[1]).toMatchObject({
      hint: 'and 1,204 commits of history, stopped early: the cap of 500 occurrences',
      tone: 'warning',
    })
  })

  it('raises no alarm when nothing was found', () => {
    const stats = securityStats(
      secretsFacts({
        occurrences: [],
        skipped: [],
        countsBySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0 },
        history: { commitsScanned: 3, linesScanned: 40, truncated: false, truncatedBecause: null },
      }),
    )
    expect(stats.filter((stat) => stat.tone !== undefined)).toEqual([])
  })
})

describe('noSecretsText', () => {
  it('says what was not searched, so an empty result is not read as proof', () => {
    const { title, body } = noSecretsText(secretsFacts({ occurrences: [] }))
    expect(title).toBe('No secrets found in 120 files')
    expect(body).toMatch(/^This does not prove there are none: /)
    expect(body).toContain('not looked for')
    expect(body).toContain('1 file was not searched')
    expect(body).toContain('only the credential formats they know')
  })

  it('does not claim the history went unsearched when the run searched it', () => {
    const facts = secretsFacts({
      occurrences: [],
      skipped: [],
      history: { commitsScanned: 12, linesScanned: 300, truncated: false, truncatedBecause: null },
    })
    const { body } = noSecretsText(facts)
    expect(body).not.toContain('history')
    expect(body).not.toContain('not searched')
  })
})
