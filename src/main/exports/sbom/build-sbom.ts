import { randomUUID } from 'node:crypto'
import type { ResolvedPackage } from '../../../shared/domain/facts/dependency-facts'
import type { SnapshotRepo } from '../../../shared/report/audit-snapshot'
import {
  CYCLONEDX_SCHEMA_URL,
  CYCLONEDX_SPEC_VERSION,
  clipVersion,
  type CdxComponent,
  type CdxProperty,
  type CycloneDxBom,
} from './cyclonedx'
import { licenceChoice } from './licences'
import { npmPurl, splitNpmName } from './purl'
import { readDependencyFacts, type SbomDependencyFacts, type SbomManifest } from './read-dependency-facts'
import { buildVulnerabilities } from './vulnerabilities'

export interface SbomOptions {
  /** ISO 8601 date-time: the BOM's metadata.timestamp. */
  generatedAt: string
  toolVersion: string
  /** `urn:uuid:…`; a random one when not given. */
  serialNumber?: string
}

/** The repository itself, as the BOM's subject; package refs are purls, so this cannot collide. */
export const ROOT_REF = 'diligent:repository'

/**
 * A CycloneDX 1.6 SBOM of one repository, from its `dependencies` facts: the packages the lockfiles
 * resolved (all npm: npm, yarn and pnpm are the lockfiles the analyzer reads), the repository's direct
 * dependencies, and the known vulnerabilities matched against them. Without those facts the BOM is
 * still valid, with no components and metadata saying nothing was analysed.
 */
export function buildCycloneDxSbom(repo: SnapshotRepo, options: SbomOptions): CycloneDxBom {
  const facts = readDependencyFacts(repo.facts)
  const root = facts === null ? null : rootManifest(facts.manifests)
  const rootLicences = licenceChoice(facts?.project.license ?? root?.license ?? null)
  const metadata: CycloneDxBom['metadata'] = {
    timestamp: options.generatedAt,
    tools: { components: [{ type: 'application', name: 'Diligent', version: options.toolVersion }] },
    component: {
      type: 'application',
      'bom-ref': ROOT_REF,
      name: repo.name,
      ...(root?.version != null && root.version !== '' ? { version: clipVersion(root.version) } : {}),
      ...(rootLicences === undefined ? {} : { licenses: rootLicences }),
    },
    properties: repoProperties(repo, facts),
  }
  const base: Omit<CycloneDxBom, 'components' | 'dependencies' | 'compositions' | 'vulnerabilities'> = {
    $schema: CYCLONEDX_SCHEMA_URL,
    bomFormat: 'CycloneDX',
    specVersion: CYCLONEDX_SPEC_VERSION,
    serialNumber: options.serialNumber ?? `urn:uuid:${randomUUID()}`,
    version: 1,
    metadata,
  }
  if (facts === null) {
    return { ...base, components: [], compositions: [{ aggregate: 'unknown', assemblies: [ROOT_REF] }] }
  }

  const components = new ComponentIndex()
  for (const pkg of facts.packages) components.add(pkg)
  const vulnerabilities = buildVulnerabilities(facts.vulnerabilities, (name, version) =>
    components.refOf(name, version),
  )
  const direct = [
    ...new Set(
      facts.packages.filter((pkg) => pkg.direct).map((pkg) => components.refOf(pkg.name, pkg.version)),
    ),
  ]
  return {
    ...base,
    components: components.list(),
    // The facts know what the repository declares, not what each package needs: only the root's edges
    // are given, and a component without an entry means "unknown", never "no dependencies".
    dependencies: [{ ref: ROOT_REF, dependsOn: direct }],
    compositions: [{ aggregate: 'incomplete_first_party_only', dependencies: [ROOT_REF] }],
    ...(vulnerabilities.length > 0 ? { vulnerabilities } : {}),
  }
}

/** The SBOM as a file: two-space JSON with a trailing newline. */
export function serialiseSbom(bom: object): string {
  return `${JSON.stringify(bom, null, 2)}\n`
}

/** Packages by name and version, merged when several lockfiles resolve the same one (a monorepo). */
class ComponentIndex {
  private readonly packages = new Map<string, ResolvedPackage & { lockfiles: string[] }>()
  private readonly refs = new Map<string, string>()
  private readonly usedRefs = new Set<string>()

  add(pkg: ResolvedPackage): void {
    const key = packageKey(pkg.name, pkg.version)
    const known = this.packages.get(key)
    if (known === undefined) {
      this.packages.set(key, { ...pkg, lockfiles: pkg.lockfile === '' ? [] : [pkg.lockfile] })
      this.assignRef(key, pkg.name, pkg.version)
      return
    }
    known.direct ||= pkg.direct
    known.dev &&= pkg.dev
    known.installScript ||= pkg.installScript
    if (known.license === null && pkg.license !== null) {
      known.license = pkg.license
      known.licenceClass = pkg.licenceClass
    }
    if (pkg.lockfile !== '' && !known.lockfiles.includes(pkg.lockfile)) known.lockfiles.push(pkg.lockfile)
  }

  /** The bom-ref of a package, adding a bare component if only an advisory names it. */
  refOf(name: string, version: string): string {
    const key = packageKey(name, version)
    const ref = this.refs.get(key)
    if (ref !== undefined) return ref
    this.add({
      name,
      version,
      direct: false,
      dev: false,
      license: null,
      licenceClass: 'unknown',
      installScript: false,
      lockfile: '',
    })
    return this.refs.get(key) ?? npmPurl(name, version)
  }

  list(): CdxComponent[] {
    return [...this.packages.entries()].map(([key, pkg]) => toComponent(pkg, this.refs.get(key) ?? ''))
  }

  /** The purl, unless a package differing only in case took it (purl lowercases npm names). */
  private assignRef(key: string, name: string, version: string): void {
    const purl = npmPurl(name, version)
    let ref = purl
    for (let n = 2; this.usedRefs.has(ref); n++) ref = `${purl}#${n}`
    this.usedRefs.add(ref)
    this.refs.set(key, ref)
  }
}

const packageKey = (name: string, version: string): string => `${name}\u0000${version}`

function toComponent(pkg: ResolvedPackage & { lockfiles: string[] }, ref: string): CdxComponent {
  const { scope, name } = splitNpmName(pkg.name)
  const licenses = licenceChoice(pkg.license)
  const properties: CdxProperty[] = [
    { name: 'diligent:direct', value: String(pkg.direct) },
    { name: 'diligent:dev', value: String(pkg.dev) },
    { name: 'diligent:installScript', value: String(pkg.installScript) },
    { name: 'diligent:licenceClass', value: pkg.licenceClass },
    ...pkg.lockfiles.map((lockfile) => ({ name: 'diligent:lockfile', value: lockfile })),
    // CycloneDX's own npm taxonomy, so other tools see dev-only packages too.
    ...(pkg.dev ? [{ name: 'cdx:npm:package:development', value: 'true' }] : []),
  ]
  return {
    type: 'library',
    'bom-ref': ref,
    ...(scope === null ? {} : { group: scope }),
    name,
    ...(pkg.version === '' ? {} : { version: clipVersion(pkg.version) }),
    // CycloneDX has no dev scope; "optional" (not needed at runtime) is what cyclonedx-npm writes too.
    scope: pkg.dev ? 'optional' : 'required',
    ...(licenses === undefined ? {} : { licenses }),
    purl: npmPurl(pkg.name, pkg.version),
    properties,
  }
}

/** The manifest at the repository's top level (npm's first, if several ecosystems have one there). */
function rootManifest(manifests: SbomManifest[]): SbomManifest | null {
  const topLevel = manifests.filter((manifest) => !/[\\/]/.test(manifest.path.replace(/^\.?[\\/]+/, '')))
  return topLevel.find((manifest) => manifest.ecosystem === 'npm') ?? topLevel[0] ?? null
}

function repoProperties(repo: SnapshotRepo, facts: SbomDependencyFacts | null): CdxProperty[] {
  const properties: CdxProperty[] = []
  if (repo.commitSha !== null) properties.push({ name: 'diligent:commitSha', value: repo.commitSha })
  if (repo.branch !== null) properties.push({ name: 'diligent:branch', value: repo.branch })
  if (repo.analysedAt !== null) properties.push({ name: 'diligent:analysedAt', value: repo.analysedAt })
  if (facts === null) {
    properties.push({
      name: 'diligent:dependencyAnalysis',
      value:
        'not analysed: the audit has no dependency facts for this repository, so no components are listed',
    })
    return properties
  }
  properties.push({ name: 'diligent:dependencyAnalysis', value: 'analysed' })
  const database = facts.vulnerabilityDatabase
  properties.push({
    name: 'diligent:vulnerabilityDatabase',
    value:
      database === null
        ? 'none imported: the packages were not checked for known vulnerabilities'
        : `${database.source}, imported ${database.importedAt}, ${database.advisories} advisories`,
  })
  return properties
}
