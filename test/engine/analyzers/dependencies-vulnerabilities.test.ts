import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runAudit } from '../../../src/main/engine'
import { importOsvDatabase } from '../../../src/main/engine/vulnerabilities/osv-import'
import type { DependencyFacts } from '../../../src/shared/domain/facts/dependency-facts'
import { ADA, makeGitRepo, makeTempDir, removeTempDirs } from '../../helpers/make-git-repo'
import { simpleRecord, zipOf } from '../vulnerabilities/osv-fixtures'

afterAll(removeTempDirs)

const PACKAGE_JSON = JSON.stringify({
  name: 'shop',
  version: '1.0.0',
  license: 'MIT',
  dependencies: { 'left-pad': '^1.1.0' },
  devDependencies: { mocha: '^10.0.0' },
})
const LOCKFILE = JSON.stringify({
  name: 'shop',
  version: '1.0.0',
  lockfileVersion: 3,
  packages: {
    '': {
      name: 'shop',
      version: '1.0.0',
      dependencies: { 'left-pad': '^1.1.0' },
      devDependencies: { mocha: '^10.0.0' },
    },
    'node_modules/left-pad': { version: '1.1.3', license: 'WTFPL' },
    'node_modules/mocha': { version: '10.0.0', dev: true, license: 'MIT' },
  },
})

async function auditShop(vulnerabilityDatabaseDir: string | null) {
  const repo = await makeGitRepo([
    {
      author: ADA,
      date: '2025-01-01T00:00:00Z',
      files: { 'package.json': PACKAGE_JSON, 'package-lock.json': LOCKFILE },
    },
  ])
  return runAudit(
    { source: repo, sourceKind: 'local' },
    {
      cacheDir: await makeTempDir('diligent-cache-'),
      now: new Date('2025-02-01T00:00:00Z'),
      vulnerabilityDatabaseDir,
    },
  )
}

describe('the dependencies analyzer with the offline vulnerability database', () => {
  it('says plainly that nothing was checked when no database was imported', async () => {
    const result = await auditShop(null)
    const facts = result.facts.dependencies as DependencyFacts
    expect(facts.vulnerabilityDatabase).toBeNull()
    expect(result.findings.map((finding) => finding.ruleId)).toContain(
      'dependencies/vulnerabilities-unchecked',
    )
    expect(result.metrics.map((metric) => metric.id)).not.toContain('dependencies/known-vulnerabilities')
  })

  it('matches the resolved versions against an imported OSV export, offline', async () => {
    const folder = await makeTempDir()
    const zip = join(folder, 'all.zip')
    await writeFile(
      zip,
      zipOf({
        'GHSA-aaaa.json': simpleRecord('GHSA-aaaa', 'left-pad', '0', '1.2.0'),
        'GHSA-bbbb.json': simpleRecord('GHSA-bbbb', 'mocha', '0', '9.0.0'),
      }),
    )
    const database = join(folder, 'db')
    await importOsvDatabase(zip, database, { now: new Date('2025-01-20T00:00:00Z') })
    const result = await auditShop(database)
    const facts = result.facts.dependencies as DependencyFacts
    expect(facts.vulnerabilityDatabase).toMatchObject({ source: 'all.zip', advisories: 2 })
    expect(facts.vulnerabilities).toEqual([
      expect.objectContaining({
        id: 'GHSA-aaaa',
        package: 'left-pad',
        version: '1.1.3',
        fixedIn: ['1.2.0'],
        direct: true,
        dev: false,
      }),
    ])
    expect(
      result.findings.filter((finding) => finding.ruleId === 'dependencies/known-vulnerability'),
    ).toHaveLength(1)
    expect(result.metrics.find((metric) => metric.id === 'dependencies/known-vulnerabilities')?.value).toBe(1)
  })
})
