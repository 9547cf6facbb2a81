import type {
  DeclaredDependency,
  DependencySource,
  LicenceClass,
  LockfileKind,
  Manifest,
  ResolvedPackage,
} from '../../../shared/domain/facts/dependency-facts'
import type { Severity } from '../../../shared/domain/finding'
import type { FindingDraft } from '../types'
import type { DependencyReport } from './collect-dependencies'
import { TEXT } from './finding-text'
import { compareVersions } from './summarise-packages'

/** A package resolved at this many versions or more in one lockfile is worth consolidating. */
export const MULTIPLE_VERSIONS_REPORTED = 3
/** Evidence names this many items, then says how many more. */
const LISTED = 10
/** Lockfiles that record each package's licence. */
const RECORDS_LICENCES: ReadonlySet<LockfileKind> = new Set(['npm-v2', 'npm-v3'])

function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? noun : nouns}`
}

function listed(items: readonly string[]): string {
  const shown = items.slice(0, LISTED)
  const more = items.length - shown.length
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ')
}

function at(path: string | null): FindingDraft['location'] {
  return path === null ? null : { path, line: null, column: null }
}

function packageLabel(pkg: ResolvedPackage, withLicence: boolean): string {
  const notes = [withLicence ? (pkg.license ?? 'no licence') : null, pkg.direct ? 'direct' : null].filter(
    (note): note is string => note !== null,
  )
  return `${pkg.name}@${pkg.version}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`
}

/** Direct packages first, then by name: the ones the team chose are the ones it can change. */
function byImportance(packages: readonly ResolvedPackage[]): ResolvedPackage[] {
  return [...packages].sort(
    (left, right) =>
      Number(right.direct) - Number(left.direct) ||
      (left.name === right.name
        ? compareVersions(left.version, right.version)
        : left.name < right.name
          ? -1
          : 1),
  )
}

function byLockfile(packages: readonly ResolvedPackage[]): Map<string, ResolvedPackage[]> {
  const groups = new Map<string, ResolvedPackage[]>()
  for (const pkg of packages) {
    const group = groups.get(pkg.lockfile)
    if (group === undefined) groups.set(pkg.lockfile, [pkg])
    else group.push(pkg)
  }
  return groups
}

interface LicenceRule {
  licenceClass: LicenceClass
  ruleId: string
  severity: Severity
  name: string
  effortMinutes: number
  text: (typeof TEXT)['networkCopyleft']
}

const LICENCE_RULES: readonly LicenceRule[] = [
  {
    licenceClass: 'network-copyleft',
    ruleId: 'dependencies/network-copyleft-licence',
    severity: 'high',
    name: 'Network copyleft (AGPL-style)',
    effortMinutes: 480,
    text: TEXT.networkCopyleft,
  },
  {
    licenceClass: 'non-commercial',
    ruleId: 'dependencies/non-commercial-licence',
    severity: 'high',
    name: 'Non-commercial or source-available',
    effortMinutes: 480,
    text: TEXT.nonCommercial,
  },
  {
    licenceClass: 'strong-copyleft',
    ruleId: 'dependencies/strong-copyleft-licence',
    severity: 'medium',
    name: 'Strong copyleft (GPL-style)',
    effortMinutes: 240,
    text: TEXT.strongCopyleft,
  },
]

function licenceFindings(lockfile: string, packages: readonly ResolvedPackage[]): FindingDraft[] {
  const production = packages.filter((pkg) => !pkg.dev)
  return LICENCE_RULES.flatMap((rule) => {
    const matching = byImportance(production.filter((pkg) => pkg.licenceClass === rule.licenceClass))
    if (matching.length === 0) return []
    return [
      {
        ruleId: rule.ruleId,
        category: 'licence',
        severity: rule.severity,
        title: `${rule.name} licences in production dependencies (${plural(matching.length, 'package')})`,
        ...rule.text,
        location: at(lockfile),
        evidence: `${plural(matching.length, 'production package')}: ${listed(matching.map((pkg) => packageLabel(pkg, true)))}`,
        effortMinutes: rule.effortMinutes,
        snippet: rule.licenceClass,
      },
    ]
  })
}

function unknownLicenceFinding(lockfile: string, packages: readonly ResolvedPackage[]): FindingDraft[] {
  const unknown = byImportance(packages.filter((pkg) => pkg.licenceClass === 'unknown'))
  if (unknown.length === 0) return []
  const missing = unknown.filter((pkg) => pkg.license === null).length
  const unrecognised = unknown.length - missing
  const production = unknown.filter((pkg) => !pkg.dev).length
  return [
    {
      ruleId: 'dependencies/unknown-licence',
      category: 'licence',
      severity: production > 0 ? 'medium' : 'low',
      title: `Unknown or missing licences (${plural(unknown.length, 'package')})`,
      ...TEXT.unknownLicence,
      location: at(lockfile),
      evidence:
        `${plural(missing, 'package')} with no licence, ${plural(unrecognised, 'package')} with an unrecognised ` +
        `one (${production.toLocaleString('en-US')} in production): ${listed(unknown.map((pkg) => packageLabel(pkg, true)))}`,
      effortMinutes: Math.min(480, 30 + 10 * unknown.length),
      snippet: 'unknown licences',
    },
  ]
}

function licencesNotRecordedFinding(lockfile: string, kind: LockfileKind, count: number): FindingDraft[] {
  if (RECORDS_LICENCES.has(kind) || count === 0) return []
  return [
    {
      ruleId: 'dependencies/licences-not-recorded',
      category: 'licence',
      severity: 'info',
      title: `Licences of ${plural(count, 'package')} not recorded in the lockfile`,
      ...TEXT.licencesNotRecorded,
      location: at(lockfile),
      evidence: `${kind} lockfile, ${plural(count, 'package')} pinned, licences not recorded`,
      effortMinutes: 60,
      snippet: 'licences not recorded',
    },
  ]
}

function installScriptFinding(lockfile: string, packages: readonly ResolvedPackage[]): FindingDraft[] {
  const scripted = byImportance(packages.filter((pkg) => pkg.installScript))
  if (scripted.length === 0) return []
  const production = scripted.filter((pkg) => !pkg.dev).length
  return [
    {
      ruleId: 'dependencies/install-scripts',
      category: 'security',
      severity: 'low',
      title: `Packages that run install scripts (${plural(scripted.length, 'package')})`,
      ...TEXT.installScripts,
      location: at(lockfile),
      evidence: `${plural(scripted.length, 'package')} (${production.toLocaleString('en-US')} in production): ${listed(scripted.map((pkg) => packageLabel(pkg, false)))}`,
      effortMinutes: 30,
      snippet: 'install scripts',
    },
  ]
}

function multipleVersionsFinding(lockfile: string, packages: readonly ResolvedPackage[]): FindingDraft[] {
  const versions = new Map<string, number>()
  for (const pkg of packages) versions.set(pkg.name, (versions.get(pkg.name) ?? 0) + 1)
  const many = [...versions]
    .filter(([, count]) => count >= MULTIPLE_VERSIONS_REPORTED)
    .sort(([leftName, left], [rightName, right]) => right - left || (leftName < rightName ? -1 : 1))
  if (many.length === 0) return []
  return [
    {
      ruleId: 'dependencies/multiple-versions',
      category: 'debt',
      severity: 'low',
      title: `Packages installed at ${MULTIPLE_VERSIONS_REPORTED} or more versions (${plural(many.length, 'package')})`,
      ...TEXT.multipleVersions,
      location: at(lockfile),
      evidence: listed(many.map(([name, count]) => `${name} (${count} versions)`)),
      effortMinutes: Math.min(480, 60 + 15 * many.length),
      snippet: 'multiple versions',
    },
  ]
}

/** Whether a lockfile pins this manifest's ranges (go.mod versions are always exact). */
function lockfileBacked(manifest: Manifest, report: DependencyReport): boolean {
  if (manifest.ecosystem === 'npm') return report.lockedManifests.includes(manifest.path)
  if (manifest.ecosystem === 'go') return true
  if (manifest.ecosystem === 'maven' || manifest.path.endsWith('.txt')) return false
  return !report.withoutLockfile.some((entry) => entry.manifest === manifest.path)
}

function dependencyLabel(dependency: DeclaredDependency): string {
  return `${dependency.name} "${dependency.range}"${dependency.dev ? ' (dev)' : ''}`
}

function unpinnedFinding(manifest: Manifest, report: DependencyReport): FindingDraft[] {
  const unpinned = manifest.dependencies.filter((dependency) => dependency.unpinned)
  if (unpinned.length === 0) return []
  const locked = lockfileBacked(manifest, report)
  const production = unpinned.some((dependency) => !dependency.dev)
  return [
    {
      ruleId: 'dependencies/unpinned-range',
      category: 'dependency',
      severity: !locked && production ? 'medium' : 'low',
      title: `Unpinned dependency ranges (${plural(unpinned.length, 'dependency', 'dependencies')})`,
      ...TEXT.unpinned,
      location: at(manifest.path),
      evidence: `${listed(unpinned.map(dependencyLabel))}${locked ? '; a lockfile pins the installed versions' : '; no lockfile pins them'}`,
      effortMinutes: Math.min(240, 15 + 5 * unpinned.length),
      snippet: 'unpinned ranges',
    },
  ]
}

const SOURCE_RULES: readonly {
  source: DependencySource
  ruleId: string
  severity: Severity
  name: string
  text: (typeof TEXT)['gitSource']
  effortMinutes: number
}[] = [
  {
    source: 'git',
    ruleId: 'dependencies/git-source',
    severity: 'medium',
    name: 'git',
    text: TEXT.gitSource,
    effortMinutes: 60,
  },
  {
    source: 'url',
    ruleId: 'dependencies/url-source',
    severity: 'medium',
    name: 'URL',
    text: TEXT.urlSource,
    effortMinutes: 60,
  },
  {
    source: 'file',
    ruleId: 'dependencies/file-source',
    severity: 'low',
    name: 'local path',
    text: TEXT.fileSource,
    effortMinutes: 30,
  },
]

function sourceFindings(manifest: Manifest): FindingDraft[] {
  return SOURCE_RULES.flatMap((rule) => {
    const matching = manifest.dependencies.filter((dependency) => dependency.source === rule.source)
    if (matching.length === 0) return []
    return [
      {
        ruleId: rule.ruleId,
        category: 'dependency',
        severity: rule.severity,
        title: `Dependencies installed from a ${rule.name} (${plural(matching.length, 'dependency', 'dependencies')})`,
        ...rule.text,
        location: at(manifest.path),
        evidence: listed(matching.map(dependencyLabel)),
        effortMinutes: rule.effortMinutes * Math.min(matching.length, 4),
        snippet: `${rule.source} source`,
      },
    ]
  })
}

function missingFromLockfileFindings(report: DependencyReport): FindingDraft[] {
  const byManifest = new Map<string, string[]>()
  for (const { manifest, name } of report.facts.missingFromLockfile) {
    const names = byManifest.get(manifest)
    if (names === undefined) byManifest.set(manifest, [name])
    else names.push(name)
  }
  return [...byManifest].map(([manifest, names]) => ({
    ruleId: 'dependencies/missing-from-lockfile',
    category: 'dependency',
    severity: 'medium',
    title: `Manifest and lockfile disagree (${plural(names.length, 'dependency', 'dependencies')})`,
    ...TEXT.missingFromLockfile,
    location: at(manifest),
    evidence: `Declared but not locked, or locked but no longer declared: ${listed(names)}`,
    effortMinutes: 30,
    snippet: 'lockfile out of sync',
  }))
}

function noLockfileFindings(report: DependencyReport): FindingDraft[] {
  return report.withoutLockfile.map(({ manifest, ecosystem, expected }) => ({
    ruleId: 'dependencies/no-lockfile',
    category: 'dependency',
    severity: ecosystem === 'cargo' || ecosystem === 'pypi' ? 'low' : 'medium',
    title: 'Dependencies without a lockfile',
    ...TEXT.noLockfile,
    location: at(manifest),
    evidence: `No ${expected} for ${manifest}`,
    effortMinutes: 30,
    snippet: 'no lockfile',
  }))
}

function competingLockfileFindings(report: DependencyReport): FindingDraft[] {
  return report.competingLockfiles.map(({ folder, lockfiles }) => ({
    ruleId: 'dependencies/competing-lockfiles',
    category: 'dependency',
    severity: 'low',
    title: `Lockfiles of several package managers (${plural(lockfiles.length, 'lockfile')})`,
    ...TEXT.competingLockfiles,
    location: at(folder === '' ? (lockfiles[0] ?? null) : folder),
    evidence: lockfiles.join(', '),
    effortMinutes: 30,
    snippet: 'competing lockfiles',
  }))
}

function projectLicenceFinding(report: DependencyReport): FindingDraft[] {
  if (report.facts.project.license !== null) return []
  return [
    {
      ruleId: 'dependencies/no-project-licence',
      category: 'licence',
      severity: 'low',
      title: 'The project states no licence of its own',
      ...TEXT.noProjectLicence,
      location: null,
      evidence: 'No licence field in a root manifest, and no LICENSE, LICENCE or COPYING file at the root',
      effortMinutes: 30,
      snippet: 'no project licence',
    },
  ]
}

/**
 * Dependency and licence findings, aggregated per lockfile or manifest so their number stays
 * bounded by the number of those files, never by the number of packages.
 */
export function dependencyFindings(report: DependencyReport): FindingDraft[] {
  const { facts } = report
  const packagesByLockfile = byLockfile(facts.packages)
  const perLockfile = facts.lockfiles.flatMap(({ path, kind }) => {
    const packages = packagesByLockfile.get(path) ?? []
    return [
      ...licenceFindings(path, packages),
      ...(RECORDS_LICENCES.has(kind) ? unknownLicenceFinding(path, packages) : []),
      ...licencesNotRecordedFinding(path, kind, packages.length),
      ...installScriptFinding(path, packages),
      ...multipleVersionsFinding(path, packages),
    ]
  })
  const perManifest = facts.manifests.flatMap((manifest) => [
    ...unpinnedFinding(manifest, report),
    ...sourceFindings(manifest),
  ])
  return [
    ...projectLicenceFinding(report),
    ...perLockfile,
    ...noLockfileFindings(report),
    ...missingFromLockfileFindings(report),
    ...competingLockfileFindings(report),
    ...perManifest,
  ]
}
