import { describe, expect, it } from 'vitest'
import { advisorySeverity, matchVulnerabilities } from '../../../src/main/engine/vulnerabilities/match'
import { compactOsvRecord } from '../../../src/main/engine/vulnerabilities/osv-record'
import { osvRecord, resolved, simpleRecord, storeOf, type Events } from './osv-fixtures'

/** Which of `versions` of package `pkg` the single-range record affects. */
function affectedVersions(events: Events, versions: string[], type = 'SEMVER'): string[] {
  const store = storeOf([osvRecord('GHSA-test', [{ name: 'pkg', ranges: [{ type, events }] }])])
  return versions.filter((version) => matchVulnerabilities(store, [resolved('pkg', version)]).length > 0)
}

describe('matchVulnerabilities: OSV range evaluation', () => {
  it('affects versions from introduced up to, not including, fixed', () => {
    expect(
      affectedVersions(
        [{ introduced: '1.0.0' }, { fixed: '1.2.5' }],
        ['0.9.9', '1.0.0', '1.2.4', '1.2.5', '2.0.0'],
      ),
    ).toEqual(['1.0.0', '1.2.4'])
  })

  it('reads introduced "0" as every version before the fix', () => {
    expect(
      affectedVersions([{ introduced: '0' }, { fixed: '1.2.5' }], ['0.0.0', '0.0.1', '1.2.4', '1.2.5']),
    ).toEqual(['0.0.0', '0.0.1', '1.2.4'])
  })

  it('includes last_affected itself and nothing after it', () => {
    expect(
      affectedVersions(
        [{ introduced: '2.0.0' }, { last_affected: '3.0.0' }],
        ['1.9.0', '2.0.0', '3.0.0', '3.0.1'],
      ),
    ).toEqual(['2.0.0', '3.0.0'])
  })

  it('stops at a limit, and reads limit "*" as no limit', () => {
    expect(affectedVersions([{ introduced: '0' }, { limit: '2.0.0' }], ['1.9.9', '2.0.0', '3.0.0'])).toEqual([
      '1.9.9',
    ])
    expect(affectedVersions([{ introduced: '0' }, { limit: '*' }], ['1.9.9', '2.0.0', '3.0.0'])).toEqual([
      '1.9.9',
      '2.0.0',
      '3.0.0',
    ])
  })

  it('evaluates several intervals in one range, whatever order the events come in', () => {
    const events: Events = [
      { fixed: '2.1.3' },
      { introduced: '2.0.0' },
      { fixed: '1.2.5' },
      { introduced: '1.0.0' },
    ]
    expect(affectedVersions(events, ['0.9.0', '1.1.0', '1.2.5', '1.9.0', '2.0.0', '2.1.2', '2.1.3'])).toEqual(
      ['1.1.0', '2.0.0', '2.1.2'],
    )
  })

  it('orders prereleases by semver precedence, as OSV does', () => {
    const events: Events = [{ introduced: '1.0.0' }, { fixed: '2.0.0' }]
    // A prerelease of the fix is still affected; a prerelease of the introducing version is not yet.
    expect(affectedVersions(events, ['1.0.0-rc.1', '1.0.0', '1.5.0-beta.2', '2.0.0-rc.1', '2.0.0'])).toEqual([
      '1.0.0',
      '1.5.0-beta.2',
      '2.0.0-rc.1',
    ])
    expect(
      affectedVersions(
        [{ introduced: '2.0.0-beta.3' }, { fixed: '2.0.0' }],
        ['2.0.0-beta.2', '2.0.0-beta.3'],
      ),
    ).toEqual(['2.0.0-beta.3'])
  })

  it('treats npm ECOSYSTEM ranges like SEMVER ones, and ignores git ranges', () => {
    const events: Events = [{ introduced: '0' }, { fixed: '1.0.0' }]
    expect(affectedVersions(events, ['0.5.0', '1.0.0'], 'ECOSYSTEM')).toEqual(['0.5.0'])
    expect(affectedVersions([{ introduced: '0' }, { fixed: 'abc1234' }], ['0.5.0'], 'GIT')).toEqual([])
  })

  it('reads loosely written event versions', () => {
    expect(affectedVersions([{ introduced: 'v1.0.0' }, { fixed: '=1.1.0' }], ['1.0.5', '1.1.0'])).toEqual([
      '1.0.5',
    ])
  })

  it('matches explicitly listed versions, including ones that are not semver', () => {
    const store = storeOf([
      osvRecord('MAL-2024-1', [{ name: 'evil', versions: ['1.0.0', 'v1.0.1', 'weird-tag'] }]),
    ])
    const hits = (version: string) => matchVulnerabilities(store, [resolved('evil', version)]).length
    expect(['1.0.0', '1.0.1', '1.0.2', 'weird-tag', 'github:evil/evil#abc'].map(hits)).toEqual([
      1, 1, 0, 1, 0,
    ])
  })

  it('never matches a version that is not semver against ranges', () => {
    expect(
      affectedVersions([{ introduced: '0' }], ['github:owner/pkg#abc', 'file:../pkg', 'latest']),
    ).toEqual([])
  })

  it('applies GitHub last_known_affected_version_range only to a range with no upper bound', () => {
    const record = osvRecord('GHSA-open', [
      {
        name: 'pkg',
        ranges: [{ events: [{ introduced: '0' }] }],
        database_specific: { last_known_affected_version_range: '<= 1.4.0' },
      },
    ])
    const store = storeOf([record])
    const hits = (version: string) => matchVulnerabilities(store, [resolved('pkg', version)]).length
    // includePrerelease: 1.4.0-rc.1 sorts before 1.4.0, so it is affected too.
    expect(['0.1.0', '1.4.0-rc.1', '1.4.0', '1.4.1'].map(hits)).toEqual([1, 1, 1, 0])
  })

  it('reports one vulnerability per advisory and package an advisory names in several affected entries', () => {
    const record = osvRecord('GHSA-multi', [
      { name: 'left', ranges: [{ events: [{ introduced: '0' }, { fixed: '1.0.0' }] }] },
      { name: 'right', ranges: [{ events: [{ introduced: '0' }, { fixed: '2.0.0' }] }] },
      { name: 'left', ranges: [{ events: [{ introduced: '3.0.0' }, { fixed: '3.1.0' }] }] },
      { name: 'left', ecosystem: 'PyPI', ranges: [{ events: [{ introduced: '0' }] }] },
    ])
    const store = storeOf([record])
    const found = matchVulnerabilities(store, [
      resolved('left', '0.5.0'),
      resolved('left', '3.0.1'),
      resolved('left', '2.0.0'),
      resolved('right', '1.0.0'),
    ])
    expect(
      found.map(({ package: name, version, affected, fixedIn }) => ({ name, version, affected, fixedIn })),
    ).toEqual([
      { name: 'left', version: '0.5.0', affected: ['<1.0.0', '>=3.0.0 <3.1.0'], fixedIn: ['1.0.0', '3.1.0'] },
      { name: 'left', version: '3.0.1', affected: ['<1.0.0', '>=3.0.0 <3.1.0'], fixedIn: ['3.1.0'] },
      { name: 'right', version: '1.0.0', affected: ['<2.0.0'], fixedIn: ['2.0.0'] },
    ])
  })

  it('describes what is affected as the advisory states it', () => {
    const record = osvRecord('GHSA-describe', [
      {
        name: 'pkg',
        ranges: [
          { events: [{ introduced: '0' }, { last_affected: '1.0.0' }] },
          { events: [{ introduced: '2.0.0' }] },
          { events: [{ introduced: '0' }, { limit: '0.5.0' }] },
        ],
      },
    ])
    expect(matchVulnerabilities(storeOf([record]), [resolved('pkg', '0.1.0')])[0]?.affected).toEqual([
      '<=1.0.0',
      '>=2.0.0',
      '<0.5.0',
    ])
    const listed = osvRecord('MAL-2024-9', [
      {
        name: 'pkg',
        versions: ['1.0.0', '1.0.1', '1.0.2', '1.0.3', '1.0.4', '1.0.5', '1.0.6', '1.0.7', '1.0.8'],
      },
    ])
    expect(matchVulnerabilities(storeOf([listed]), [resolved('pkg', '1.0.8')])[0]?.affected).toEqual([
      '1.0.0',
      '1.0.1',
      '1.0.2',
      '1.0.3',
      '1.0.4',
      '1.0.5',
      '1.0.6',
      '… and 2 more listed versions',
    ])
    const everything = osvRecord('GHSA-all', [{ name: 'pkg', ranges: [{ events: [{ introduced: '0' }] }] }])
    expect(matchVulnerabilities(storeOf([everything]), [resolved('pkg', '0.1.0')])[0]?.affected).toEqual([
      'all versions',
    ])
  })

  it('reports a version resolved by several lockfiles once: direct if any, dev only if all', () => {
    const store = storeOf([simpleRecord('GHSA-dup', 'pkg', '0', '2.0.0')])
    const found = matchVulnerabilities(store, [
      resolved('pkg', '1.0.0', { direct: false, dev: true, lockfile: 'a/package-lock.json' }),
      resolved('pkg', '1.0.0', { direct: true, dev: false, lockfile: 'b/package-lock.json' }),
      resolved('pkg', '1.5.0', { direct: false, dev: true, lockfile: 'c/package-lock.json' }),
    ])
    expect(found.map(({ version, direct, dev }) => ({ version, direct, dev }))).toEqual([
      { version: '1.0.0', direct: true, dev: false },
      { version: '1.5.0', direct: false, dev: true },
    ])
  })

  it('copies the advisory identity and orders the matches by severity', () => {
    const store = storeOf([
      simpleRecord('GHSA-low', 'a-pkg', '0', '9.0.0'),
      osvRecord('GHSA-crit', [{ name: 'z-pkg', ranges: [{ events: [{ introduced: '0' }] }] }], {
        aliases: ['CVE-2024-0001'],
        summary: 'Remote code execution',
        severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
      }),
    ])
    const found = matchVulnerabilities(store, [resolved('a-pkg', '1.0.0'), resolved('z-pkg', '1.0.0')])
    expect(found.map(({ id, aliases, summary, severity }) => ({ id, aliases, summary, severity }))).toEqual([
      { id: 'GHSA-crit', aliases: ['CVE-2024-0001'], summary: 'Remote code execution', severity: 'critical' },
      { id: 'GHSA-low', aliases: [], summary: 'Summary of GHSA-low', severity: 'unknown' },
    ])
  })

  it('finds nothing for packages the database does not know', () => {
    const store = storeOf([simpleRecord('GHSA-x', 'pkg', '0', '2.0.0')])
    expect(matchVulnerabilities(store, [resolved('other', '1.0.0'), resolved('__proto__', '1.0.0')])).toEqual(
      [],
    )
  })
})

describe('advisorySeverity', () => {
  const severityOf = (extra: Record<string, unknown>, id = 'GHSA-sev') => {
    const compacted = compactOsvRecord(osvRecord(id, [{ name: 'pkg', versions: ['1.0.0'] }], extra))
    if (compacted.kind !== 'npm' || compacted.packages[0] === undefined) throw new Error('not compacted')
    return advisorySeverity(compacted.packages[0][1])
  }

  it('rates from the CVSS v3 vector first', () => {
    const cvss = (score: string) => ({
      severity: [{ type: 'CVSS_V3', score }],
      database_specific: { severity: 'LOW' },
    })
    expect(severityOf(cvss('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'))).toBe('critical')
    expect(severityOf(cvss('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N'))).toBe('high')
    expect(severityOf(cvss('CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N'))).toBe('medium')
    expect(severityOf(cvss('CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N'))).toBe('low')
  })

  it("falls back to GitHub's rating, then to unknown", () => {
    const github = (severity: unknown) => ({ database_specific: { severity } })
    expect(severityOf(github('MODERATE'))).toBe('medium')
    expect(severityOf(github('critical'))).toBe('critical')
    expect(severityOf(github('SEVERE'))).toBe('unknown')
    expect(severityOf(github(7))).toBe('unknown')
    expect(
      severityOf({
        severity: [
          { type: 'CVSS_V4', score: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N' },
        ],
        database_specific: { severity: 'HIGH' },
      }),
    ).toBe('high')
    expect(severityOf({ severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/garbage' }] })).toBe('unknown')
    expect(severityOf({})).toBe('unknown')
  })

  it('rates a malicious-package report critical', () => {
    expect(severityOf({}, 'MAL-2024-1234')).toBe('critical')
  })
})
