import { beforeAll, describe, expect, it } from 'vitest'
import { loadBundledChecklists } from '../../../src/cli/bundled-checklists'
import { itemsOf } from '../../../src/shared/checklists/catalog'
import type { ChecklistItem } from '../../../src/shared/checklists/checklist-schema'
import { suggestAnswer, type RepoEvidence } from '../../../src/shared/checklists/suggest'
import type { Metric } from '../../../src/shared/domain/audit-result'
import type { Severity } from '../../../src/shared/domain/finding'

/**
 * The security checklist's evidence rules fed with what the security-patterns analyzer reports: the
 * suggestion each item gets when a high-severity construct, only lower-severity ones, or none was found,
 * and when the analyzer read no file at all.
 */
const ANALYZERS = ['inventory', 'secrets', 'security-patterns']
const ITEMS = {
  injection: 'security.application.injection-safe',
  outputEncoding: 'security.application.output-encoding',
  crypto: 'security.application.crypto-sound',
  sessions: 'security.application.sessions-and-tokens',
  browser: 'security.application.browser-hardening',
  transit: 'security.infrastructure.encryption-in-transit',
  secretsInCode: 'security.secrets.none-in-code',
  ciCredentials: 'security.secrets.ci-credentials-scoped',
  containers: 'security.infrastructure.container-hardening',
  pinned: 'security.supply-chain.pinned-and-locked',
} as const

let items: Map<string, ChecklistItem>

const filesChecked = (value: number): Metric[] => [
  {
    id: 'security-patterns/files-checked',
    label: 'Files checked for insecure patterns',
    value,
    unit: 'count',
  },
]
const finding = (rule: string, severity: Severity) => ({
  fingerprint: `${rule}#${severity}`,
  ruleId: `security-patterns/${rule}`,
  severity,
  title: `A ${rule} finding`,
})

function suggest(key: keyof typeof ITEMS, repo: Omit<RepoEvidence, 'repoName' | 'succeededAnalyzers'>) {
  const item = items.get(ITEMS[key])
  if (item === undefined) throw new Error(`no item ${ITEMS[key]}`)
  return suggestAnswer(item, [{ repoName: 'api', succeededAnalyzers: ANALYZERS, ...repo }])
}

beforeAll(async () => {
  const catalog = await loadBundledChecklists()
  items = new Map(catalog.checklists.flatMap(itemsOf).map((item) => [item.id, item]))
})

describe('security checklist items answered from insecure code patterns', () => {
  it.each([
    ['injection', 'child-process-interpolated'],
    ['outputEncoding', 'reflected-xss'],
    ['crypto', 'weak-password-hash'],
    ['sessions', 'jwt-none-algorithm'],
    ['browser', 'cors-credentials-any-origin'],
    ['transit', 'tls-reject-unauthorized'],
    ['secretsInCode', 'hardcoded-credential'],
    ['secretsInCode', 'dockerfile-secret-in-env'],
    ['ciCredentials', 'workflow-pull-request-target-checkout'],
    ['ciCredentials', 'workflow-script-injection'],
    ['containers', 'dockerfile-secret-in-env'],
  ] as const)('%s: a high-severity %s finding suggests "no", naming it', (key, rule) => {
    const suggestion = suggest(key, { metrics: filesChecked(40), findings: [finding(rule, 'high')] })
    expect(suggestion?.status).toBe('no')
    expect(suggestion?.evidence[0]?.fact).toBe(`1 finding: A ${rule} finding`)
    expect(suggestion?.evidence[0]?.findingFingerprints).toEqual([`${rule}#high`])
  })

  it.each([
    ['injection', 'string-timer'],
    ['outputEncoding', 'dangerously-set-inner-html'],
    ['crypto', 'weak-hash-algorithm'],
    ['sessions', 'cookie-without-httponly'],
    ['browser', 'cors-reflected-origin'],
    ['transit', 'tls-legacy-version'],
    ['ciCredentials', 'workflow-write-all-permissions'],
    ['containers', 'dockerfile-runs-as-root'],
    ['containers', 'dockerfile-curl-pipe-shell'],
  ] as const)('%s: only a lower-severity %s finding suggests "partly"', (key, rule) => {
    const suggestion = suggest(key, { metrics: filesChecked(40), findings: [finding(rule, 'medium')] })
    expect(suggestion?.status).toBe('partly')
    expect(suggestion?.confidence).toBe('low')
  })

  it('lowers an injection finding in a test path to "partly", not "no"', () => {
    const suggestion = suggest('injection', { metrics: filesChecked(40), findings: [finding('eval', 'low')] })
    expect(suggestion?.status).toBe('partly')
  })

  it.each([
    ['injection', 'yes'],
    ['outputEncoding', 'yes'],
    ['crypto', 'yes'],
  ] as const)('%s: a clean run over the code suggests "%s", saying what was not found', (key, status) => {
    const suggestion = suggest(key, { metrics: filesChecked(40), findings: [] })
    expect(suggestion?.status).toBe(status)
    expect(suggestion?.evidence[0]?.fact).toMatch(/^No findings of security-patterns\//)
  })

  it('keeps an unrelated pattern from deciding an item: a cookie finding says nothing on injection', () => {
    const suggestion = suggest('injection', {
      metrics: filesChecked(40),
      findings: [finding('cookie-without-secure', 'high')],
    })
    expect(suggestion?.status).toBe('yes')
  })

  it.each(['workflow-unpinned-third-party-action', 'dockerfile-latest-tag', 'dockerfile-add-remote-url'])(
    'pinned and locked: a %s finding suggests "partly"',
    (rule) => {
      const suggestion = suggest('pinned', { metrics: filesChecked(40), findings: [finding(rule, 'low')] })
      expect(suggestion?.status).toBe('partly')
      expect(suggestion?.confidence).toBe('medium')
    },
  )

  it.each(['transit', 'sessions', 'browser', 'ciCredentials', 'containers'] as const)(
    '%s: a clean run proposes nothing, since the code cannot show the answer is yes',
    (key) => {
      expect(suggest(key, { metrics: filesChecked(40), findings: [] })).toBeNull()
    },
  )

  it('proposes no "yes" when the analyzer read no file, or did not run', () => {
    for (const key of ['injection', 'outputEncoding', 'crypto'] as const) {
      expect(suggest(key, { metrics: filesChecked(0), findings: [] }), key).toBeNull()
      const item = items.get(ITEMS[key])!
      expect(
        suggestAnswer(item, [
          { repoName: 'api', succeededAnalyzers: ['inventory'], metrics: filesChecked(40), findings: [] },
        ]),
        key,
      ).toBeNull()
    }
  })
})
