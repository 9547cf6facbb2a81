import { describe, expect, it } from 'vitest'
import type { Vulnerability } from '../../../src/shared/domain/facts/dependency-facts'
import { fingerprintOf } from '../../../src/main/engine/collector'
import { vulnerabilityFindings } from '../../../src/main/engine/vulnerabilities/findings'

const NOW = new Date('2024-06-01T00:00:00Z')
const DATABASE = { source: 'all.zip', importedAt: '2024-05-20T00:00:00.000Z', advisories: 12_345 }

function vulnerability(overrides: Partial<Vulnerability> = {}): Vulnerability {
  return {
    id: 'GHSA-p6mc-m468-83gw',
    aliases: ['CVE-2020-8203'],
    summary: 'Prototype Pollution in lodash',
    severity: 'high',
    package: 'lodash',
    version: '4.17.15',
    affected: ['>=3.7.0 <4.17.19'],
    fixedIn: ['4.17.19'],
    direct: true,
    dev: false,
    ...overrides,
  }
}

const findingsFor = (vulnerabilities: Vulnerability[]) =>
  vulnerabilityFindings(vulnerabilities, DATABASE, { now: NOW })

describe('vulnerabilityFindings', () => {
  it('writes one finding per advisory and package, with its evidence and the way out', () => {
    expect(findingsFor([vulnerability()])).toEqual([
      {
        ruleId: 'dependencies/known-vulnerability',
        category: 'security',
        severity: 'high',
        title: 'lodash@4.17.15: GHSA-p6mc-m468-83gw Prototype Pollution in lodash',
        explanation:
          'A published advisory lists lodash@4.17.15 among the affected versions. It is a direct production ' +
          'dependency. The match is by version only: whether the product reaches the vulnerable code was not ' +
          'analysed, so confirm the impact before ranking it below its rating.',
        location: null,
        evidence:
          'Advisory GHSA-p6mc-m468-83gw (also CVE-2020-8203). Installed: 4.17.15 (direct, production). ' +
          'Affected: >=3.7.0 <4.17.19. Fixed in: 4.17.19.',
        effortMinutes: 60,
        remediation: 'Upgrade lodash to ≥ 4.17.19 in the manifest and refresh the lockfile.',
        references: [
          {
            kind: 'doc',
            id: 'GHSA-p6mc-m468-83gw',
            url: 'https://osv.dev/vulnerability/GHSA-p6mc-m468-83gw',
          },
          { kind: 'doc', id: 'CVE-2020-8203', url: 'https://osv.dev/vulnerability/CVE-2020-8203' },
        ],
        snippet: 'GHSA-p6mc-m468-83gw lodash',
      },
    ])
  })

  it('rates unknown severity as medium, and dev-only dependencies one level lower', () => {
    const severities = findingsFor([
      vulnerability({ id: 'GHSA-1', severity: 'critical', package: 'a' }),
      vulnerability({ id: 'GHSA-2', severity: 'critical', package: 'b', dev: true }),
      vulnerability({ id: 'GHSA-3', severity: 'unknown', package: 'c' }),
      vulnerability({ id: 'GHSA-4', severity: 'unknown', package: 'd', dev: true }),
      vulnerability({ id: 'GHSA-5', severity: 'low', package: 'e', dev: true }),
    ]).map(({ title, severity }) => [title.split(':')[0], severity])
    expect(severities).toEqual([
      ['a@4.17.15', 'critical'],
      ['b@4.17.15', 'high'],
      ['c@4.17.15', 'medium'],
      ['d@4.17.15', 'low'],
      ['e@4.17.15', 'info'],
    ])
  })

  it('names the advisory by GHSA id, else CVE, and says transitive, dev and unfixed plainly', () => {
    const [finding] = findingsFor([
      vulnerability({
        id: 'OSV-2024-1',
        aliases: ['CVE-2024-9'],
        summary: '',
        direct: false,
        dev: true,
        fixedIn: [],
        affected: ['all versions'],
      }),
    ])
    expect(finding?.title).toBe('lodash@4.17.15: CVE-2024-9')
    expect(finding?.evidence).toBe(
      'Advisory OSV-2024-1 (also CVE-2024-9). Installed: 4.17.15 (transitive, development only). ' +
        'Affected: all versions. Fixed in: no fixed version published.',
    )
    expect(finding?.explanation).toContain('needed only for development')
    expect(finding?.remediation).toMatch(/^No fixed version is published/)
    expect(finding?.effortMinutes).toBe(480)
  })

  it('tells a transitive dependency how to force the fixed version', () => {
    const [finding] = findingsFor([vulnerability({ direct: false })])
    expect(finding?.remediation).toBe(
      'Upgrade lodash to ≥ 4.17.19: update the dependency that pulls it in, or pin it with npm or pnpm ' +
        '`overrides` or yarn `resolutions`, then refresh the lockfile.',
    )
  })

  it('joins the versions of one package under one advisory, with the nearest fix for each', () => {
    const findings = findingsFor([
      vulnerability({ version: '4.17.15', fixedIn: ['4.17.19'], dev: true }),
      vulnerability({ version: '3.10.1', fixedIn: ['3.10.2', '4.17.19'], direct: false }),
    ])
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      title: 'lodash@3.10.1, 4.17.15: GHSA-p6mc-m468-83gw Prototype Pollution in lodash',
      severity: 'high',
      remediation:
        'Upgrade lodash@3.10.1 to ≥ 3.10.2 and lodash@4.17.15 to ≥ 4.17.19 in the manifest and refresh the lockfile.',
    })
    expect(findings[0]?.evidence).toContain('Installed: 3.10.1, 4.17.15 (direct, production)')
  })

  it('says which installed versions have no fix', () => {
    const [finding] = findingsFor([
      vulnerability({ version: '4.17.15', fixedIn: ['4.17.19'] }),
      vulnerability({ version: '5.0.0', fixedIn: [] }),
      vulnerability({ version: '5.1.0', fixedIn: [] }),
    ])
    expect(finding?.remediation).toBe(
      'Upgrade lodash@4.17.15 to ≥ 4.17.19 (no fixed release is published for 5.0.0 and 5.1.0) in the manifest ' +
        'and refresh the lockfile.',
    )
  })

  it('keeps triage across an upgrade that is still affected', () => {
    const before = findingsFor([vulnerability({ version: '4.17.11' })])[0]!
    const after = findingsFor([vulnerability({ version: '4.17.15' })])[0]!
    expect(fingerprintOf(after)).toBe(fingerprintOf(before))
  })

  it('treats a malicious-package report as critical, even in a dev dependency', () => {
    const [finding] = findingsFor([
      vulnerability({
        id: 'MAL-2024-1234',
        aliases: [],
        summary: 'Malicious code in evil-pkg (npm)',
        severity: 'critical',
        package: 'evil-pkg',
        version: '1.0.0',
        fixedIn: [],
        dev: true,
      }),
    ])
    expect(finding).toMatchObject({
      severity: 'critical',
      title: 'evil-pkg@1.0.0: MAL-2024-1234 Malicious code in evil-pkg (npm)',
    })
    expect(finding?.explanation).toMatch(/reports evil-pkg@1\.0\.0 as malware/)
    expect(finding?.remediation).toMatch(/treat machines and CI runners that installed it as compromised/)
  })

  it('says the dependencies were NOT checked when no database was imported', () => {
    const findings = vulnerabilityFindings([], null, { now: NOW, packageCount: 1234 })
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'dependencies/vulnerabilities-unchecked',
        severity: 'low',
        title: 'Dependencies were NOT checked for known vulnerabilities',
        evidence: '1,234 resolved packages; no OSV database imported.',
      }),
    ])
    expect(findings[0]?.explanation).toContain('says nothing about whether the dependencies are safe')
    expect(findings[0]?.remediation).toContain(
      'https://osv-vulnerabilities.storage.googleapis.com/npm/all.zip',
    )
    expect(vulnerabilityFindings([], null)).toHaveLength(1)
    expect(vulnerabilityFindings([], null, { packageCount: 0 })).toEqual([])
  })

  it('finds nothing to say about a fresh database with no matches', () => {
    expect(findingsFor([])).toEqual([])
  })

  it('says matches are only as fresh as an import older than 30 days', () => {
    const old = { ...DATABASE, importedAt: '2024-03-01T00:00:00.000Z' }
    const findings = vulnerabilityFindings([vulnerability()], old, { now: NOW })
    expect(findings.map(({ ruleId }) => ruleId)).toEqual([
      'dependencies/known-vulnerability',
      'dependencies/vulnerability-database-stale',
    ])
    expect(findings[1]).toMatchObject({
      severity: 'low',
      title: 'The vulnerability database is 92 days old',
      evidence: '12,345 advisories from all.zip, imported 2024-03-01.',
    })
    expect(findings[1]?.explanation).toContain('Matches are only as fresh as that import')
    expect(
      vulnerabilityFindings([], { ...DATABASE, importedAt: '2024-05-02T00:00:00Z' }, { now: NOW }),
    ).toEqual([])
    expect(vulnerabilityFindings([], { ...DATABASE, importedAt: 'yesterday' }, { now: NOW })[0]?.title).toBe(
      'The vulnerability database has no readable import date',
    )
  })
})
