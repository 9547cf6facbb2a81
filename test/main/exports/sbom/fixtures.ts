import type { DependencyFacts, ResolvedPackage } from '../../../../src/shared/domain/facts/dependency-facts'
import type { SnapshotRepo } from '../../../../src/shared/report/audit-snapshot'

export const OPTIONS = {
  generatedAt: '2026-03-01T12:00:00.000Z',
  toolVersion: '0.1.0',
  serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79',
}

export function pkg(overrides: Partial<ResolvedPackage> & Pick<ResolvedPackage, 'name'>): ResolvedPackage {
  return {
    version: '1.0.0',
    direct: false,
    dev: false,
    license: 'MIT',
    licenceClass: 'permissive',
    installScript: false,
    lockfile: 'package-lock.json',
    ...overrides,
  }
}

export function dependencyFacts(overrides: Partial<DependencyFacts> = {}): DependencyFacts {
  return {
    manifests: [
      {
        path: 'package.json',
        ecosystem: 'npm',
        name: 'acme-shop',
        version: '2.3.0',
        license: 'Apache-2.0',
        nodeEngine: '>=20',
        workspaces: [],
        dependencies: [],
      },
      {
        path: 'packages/ui/package.json',
        ecosystem: 'npm',
        name: '@acme/ui',
        version: '9.9.9',
        license: null,
        nodeEngine: null,
        workspaces: [],
        dependencies: [],
      },
    ],
    lockfiles: [{ path: 'package-lock.json', kind: 'npm-v3', packageCount: 7 }],
    packages: [
      pkg({ name: 'express', version: '4.19.2', direct: true }),
      pkg({ name: '@babel/core', version: '7.24.0', direct: true, dev: true }),
      pkg({ name: 'rimraf', version: '3.0.2', license: '(MIT OR Apache-2.0)' }),
      pkg({ name: 'mystery', version: '0.0.1', license: null, licenceClass: 'unknown' }),
      pkg({
        name: 'vendor-sdk',
        version: '5.1.0',
        direct: true,
        license: 'SEE LICENSE IN LICENSE.md',
        licenceClass: 'unknown',
        installScript: true,
      }),
      pkg({ name: 'lodash', version: '4.17.20' }),
      pkg({
        name: 'gpl-thing',
        version: '1.0.0+build.7',
        license: 'GPL-2.0+',
        licenceClass: 'strong-copyleft',
      }),
    ],
    multipleVersions: [],
    missingFromLockfile: [],
    project: { license: 'Apache-2.0', licenceClass: 'permissive' },
    vulnerabilityDatabase: {
      source: 'OSV npm export',
      importedAt: '2026-02-20T08:00:00Z',
      advisories: 12_345,
    },
    vulnerabilities: [
      {
        id: 'GHSA-35jh-r3h4-6jhm',
        aliases: ['CVE-2021-23337'],
        summary: 'Command Injection in lodash',
        severity: 'high',
        package: 'lodash',
        version: '4.17.20',
        affected: ['<4.17.21'],
        fixedIn: ['4.17.21'],
        direct: false,
        dev: false,
      },
    ],
    ...overrides,
  }
}

export function snapshotRepo(facts: Record<string, unknown> | null): SnapshotRepo {
  return {
    id: 'repo-1',
    name: 'acme/shop',
    source: 'https://git.example.com/acme/shop.git',
    commitSha: '0123456789abcdef0123456789abcdef01234567',
    branch: 'main',
    analysedAt: '2026-03-01T11:00:00.000Z',
    metrics: [],
    facts,
    warnings: [],
  }
}
