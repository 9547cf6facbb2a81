import {
  ECOSYSTEMS,
  LICENCE_CLASSES,
  type DependencyFacts,
  type Ecosystem,
  type LicenceClass,
  type Manifest,
  type ResolvedPackage,
  type Vulnerability,
} from '../../../shared/domain/facts/dependency-facts'

/**
 * Reads the `dependencies` facts out of a snapshot, where they are typed `unknown` (an older engine, a
 * restored backup, a hand-edited file). Entries of the wrong shape are dropped and fields defaulted, so
 * every value that reaches the SBOM is a string, boolean or array of strings — never a smuggled object.
 */
export type SbomManifest = Pick<Manifest, 'path' | 'ecosystem' | 'name' | 'version' | 'license'>

export interface SbomDependencyFacts {
  manifests: SbomManifest[]
  packages: ResolvedPackage[]
  project: { license: string | null }
  vulnerabilityDatabase: DependencyFacts['vulnerabilityDatabase']
  vulnerabilities: Vulnerability[]
}

type Row = Record<string, unknown>

const isRow = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const str = (value: unknown): string => (typeof value === 'string' ? value : '')
const strOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null)
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []
const rows = (value: unknown): Row[] => (Array.isArray(value) ? value.filter(isRow) : [])
const oneOf = <T extends string>(allowed: readonly T[], value: unknown, fallback: T): T =>
  allowed.find((item) => item === value) ?? fallback
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'unknown'] as const

export function readDependencyFacts(facts: Record<string, unknown> | null): SbomDependencyFacts | null {
  const raw = facts?.['dependencies']
  if (!isRow(raw)) return null
  const manifests: SbomManifest[] = rows(raw['manifests']).map((row) => ({
    path: str(row['path']),
    ecosystem: oneOf<Ecosystem>(ECOSYSTEMS, row['ecosystem'], 'npm'),
    name: strOrNull(row['name']),
    version: strOrNull(row['version']),
    license: strOrNull(row['license']),
  }))
  const packages: ResolvedPackage[] = rows(raw['packages'])
    .filter((row) => str(row['name']) !== '')
    .map((row) => ({
      name: str(row['name']),
      version: str(row['version']),
      direct: row['direct'] === true,
      dev: row['dev'] === true,
      license: strOrNull(row['license']),
      licenceClass: oneOf<LicenceClass>(LICENCE_CLASSES, row['licenceClass'], 'unknown'),
      installScript: row['installScript'] === true,
      lockfile: str(row['lockfile']),
    }))
  const project = isRow(raw['project']) ? raw['project'] : {}
  const database = isRow(raw['vulnerabilityDatabase']) ? raw['vulnerabilityDatabase'] : null
  const vulnerabilities: Vulnerability[] = rows(raw['vulnerabilities'])
    .filter((row) => str(row['id']) !== '' && str(row['package']) !== '')
    .map((row) => ({
      id: str(row['id']),
      aliases: strings(row['aliases']),
      summary: str(row['summary']),
      severity: oneOf(SEVERITIES, row['severity'], 'unknown'),
      package: str(row['package']),
      version: str(row['version']),
      affected: strings(row['affected']),
      fixedIn: strings(row['fixedIn']),
      direct: row['direct'] === true,
      dev: row['dev'] === true,
    }))
  return {
    manifests,
    packages,
    project: { license: strOrNull(project['license']) },
    vulnerabilityDatabase:
      database === null
        ? null
        : {
            source: str(database['source']),
            importedAt: str(database['importedAt']),
            advisories: typeof database['advisories'] === 'number' ? database['advisories'] : 0,
          },
    vulnerabilities,
  }
}
