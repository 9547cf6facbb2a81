import type { Worksheet } from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDebtInventoryWorkbook } from '../../../../src/main/exports/xlsx/workbook'
import type { DependencyFacts } from '../../../../src/shared/domain/facts/dependency-facts'
import type { AuditSnapshot } from '../../../../src/shared/report/audit-snapshot'
import { removeTempDirs } from '../../../helpers/make-git-repo'
import { sampleSnapshot } from '../../../helpers/snapshots'
import { readWorkbook } from './xlsx-parts'

const facts: DependencyFacts = {
  manifests: [],
  lockfiles: [{ path: 'package-lock.json', kind: 'npm-v3', packageCount: 2 }],
  packages: [
    {
      name: 'express',
      version: '4.17.1',
      direct: true,
      dev: false,
      license: 'MIT',
      licenceClass: 'permissive',
      installScript: false,
      lockfile: 'package-lock.json',
    },
    {
      name: 'left-pad',
      version: '1.0.0',
      direct: false,
      dev: true,
      license: 'AGPL-3.0-only',
      licenceClass: 'network-copyleft',
      installScript: true,
      lockfile: 'package-lock.json',
    },
  ],
  multipleVersions: [],
  missingFromLockfile: [],
  project: { license: 'MIT', licenceClass: 'permissive' },
  vulnerabilityDatabase: { source: 'all.zip', importedAt: '2026-11-30T00:00:00.000Z', advisories: 1 },
  vulnerabilities: [
    {
      id: 'GHSA-xxxx',
      aliases: ['CVE-2024-0001'],
      summary: 'Open redirect',
      severity: 'high',
      package: 'express',
      version: '4.17.1',
      affected: ['<4.19.2'],
      fixedIn: ['4.19.2'],
      direct: true,
      dev: false,
    },
  ],
}

let base: AuditSnapshot
const withFacts = (dependencies: DependencyFacts): AuditSnapshot => ({
  ...base,
  repos: base.repos.map((repo) => ({ ...repo, facts: { ...repo.facts, dependencies } })),
})
const rows = (sheet: Worksheet | undefined): unknown[][] =>
  (sheet?.getSheetValues() ?? []).slice(2).map((row) => (Array.isArray(row) ? row.slice(1) : []))

beforeAll(async () => {
  base = await sampleSnapshot()
}, 60_000)
afterAll(removeTempDirs)

describe('the dependency sheets', () => {
  it('list packages, licences and vulnerabilities, one row each per repository', async () => {
    const workbook = await readWorkbook(await buildDebtInventoryWorkbook(withFacts(facts)))
    expect(rows(workbook.getWorksheet('Dependencies'))).toEqual([
      ['orderly-api', 'express', '4.17.1', 'direct', 'production', undefined, 'package-lock.json'],
      ['orderly-api', 'left-pad', '1.0.0', 'transitive', 'development', 'yes', 'package-lock.json'],
    ])
    expect(rows(workbook.getWorksheet('Licences'))[1]).toEqual([
      'orderly-api',
      'left-pad@1.0.0',
      'AGPL-3.0-only',
      'network-copyleft',
      'development',
    ])
    expect(rows(workbook.getWorksheet('Vulnerabilities'))).toEqual([
      [
        'orderly-api',
        'high',
        'GHSA-xxxx',
        'CVE-2024-0001',
        'express@4.17.1',
        'direct',
        'production',
        '<4.19.2',
        '4.19.2',
        'Open redirect',
      ],
    ])
  })

  it('say plainly that a repository was not checked when no vulnerability database was imported', async () => {
    const workbook = await readWorkbook(
      await buildDebtInventoryWorkbook(
        withFacts({ ...facts, vulnerabilityDatabase: null, vulnerabilities: [] }),
      ),
    )
    const [row] = rows(workbook.getWorksheet('Vulnerabilities'))
    expect(row?.[2]).toBe('not checked')
    expect(row?.[9]).toMatch(/not checked/)
  })
})
