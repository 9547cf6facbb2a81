import { DAY_MS } from '../../../shared/time'
import type { Vulnerability, VulnerabilityDatabaseInfo } from '../../../shared/domain/facts/dependency-facts'
import type { Severity } from '../../../shared/domain/finding'
import type { FindingDraft } from '../types'
import { isMaliciousAdvisory } from './match'
import { sortVersions } from './versions'

/** Advisories published after an import are unknown to it; past this age the gap is worth saying. */
export const STALE_DATABASE_DAYS = 30
/** The advisory and its first aliases link to osv.dev; more would crowd the finding. */
const MAX_REFERENCES = 5
const OSV_EXPORT_URL = 'https://osv-vulnerabilities.storage.googleapis.com/npm/all.zip'
const SEVERITY_ORDER: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info']
/** A dev-only dependency does not ship, so its advisory weighs one level less (malware excepted). */
const ONE_LEVEL_LOWER: Record<Severity, Severity> = {
  critical: 'high',
  high: 'medium',
  medium: 'low',
  low: 'info',
  info: 'info',
}

export interface VulnerabilityFindingOptions {
  /** The clock the database's age is measured against; defaults to now. Tests fix it. */
  now?: Date
  /** How many packages were resolved; with none there was nothing to check, and nothing is said. */
  packageCount?: number
}

/** One advisory against one package, possibly resolved at several versions. */
interface Group {
  advisory: Vulnerability
  installs: Vulnerability[]
}

function groupByAdvisoryAndPackage(vulnerabilities: readonly Vulnerability[]): Group[] {
  const groups = new Map<string, Group>()
  for (const vulnerability of vulnerabilities) {
    const key = `${vulnerability.id}\0${vulnerability.package}`
    const group = groups.get(key)
    if (group) group.installs.push(vulnerability)
    else groups.set(key, { advisory: vulnerability, installs: [vulnerability] })
  }
  return [...groups.values()]
}

/** The name auditors know an advisory by: its GHSA id, else its CVE, else the id it has. */
function label(advisory: Vulnerability): string {
  const names = [advisory.id, ...advisory.aliases]
  return (
    names.find((name) => name.startsWith('GHSA-')) ??
    names.find((name) => name.startsWith('CVE-')) ??
    advisory.id
  )
}

function list(items: readonly string[]): string {
  return items.length <= 2
    ? items.join(' and ')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`
}

function exposure(direct: boolean, dev: boolean): string {
  if (dev)
    return (
      'It is needed only for development, so it does not ship to production, but it runs on developer ' +
      'machines and in CI.'
    )
  return direct
    ? 'It is a direct production dependency.'
    : 'It is a production dependency pulled in by another package.'
}

function vulnerabilityFinding({ advisory, installs }: Group): FindingDraft {
  const name = advisory.package
  const versions = sortVersions(installs.map((install) => install.version))
  const direct = installs.some((install) => install.direct)
  const dev = installs.every((install) => install.dev)
  const malicious = isMaliciousAdvisory(advisory.id)
  const fixedIn = sortVersions(installs.flatMap((install) => install.fixedIn))
  // The nearest fix for each installed version: 1.x and 2.x users upgrade to different releases.
  const nearestFix = new Map(installs.map((install) => [install.version, sortVersions(install.fixedIn)[0]]))
  const upgrades = versions.flatMap((version) => {
    const fix = nearestFix.get(version)
    return fix === undefined
      ? []
      : [versions.length === 1 ? `${name} to ≥ ${fix}` : `${name}@${version} to ≥ ${fix}`]
  })
  const unfixed = versions.filter((version) => nearestFix.get(version) === undefined)
  const rated: Severity = advisory.severity === 'unknown' ? 'medium' : advisory.severity
  const severity = dev && !malicious ? ONE_LEVEL_LOWER[rated] : rated
  const installed = `${name}@${versions.join(', ')}`
  const aliases = advisory.aliases.length > 0 ? ` (also ${advisory.aliases.join(', ')})` : ''

  const explanation = malicious
    ? `OpenSSF's malicious-packages database reports ${installed} as malware. Malicious releases usually ` +
      'steal credentials and tokens or open a backdoor when installed, so every machine and CI runner ' +
      `that installed it may be compromised. ${exposure(direct, dev)}`
    : `A published advisory lists ${installed} among the affected versions. ${exposure(direct, dev)} The ` +
      'match is by version only: whether the product reaches the vulnerable code was not analysed, so ' +
      'confirm the impact before ranking it below its rating.'
  const upgrade =
    `Upgrade ${list(upgrades)}` +
    (unfixed.length > 0 ? ` (no fixed release is published for ${list(unfixed)})` : '')
  const remediation = malicious
    ? 'Remove the package, regenerate the lockfile from a clean state, and treat machines and CI runners ' +
      'that installed it as compromised: rotate the credentials and tokens they held and check them for ' +
      'persistence.'
    : upgrades.length === 0
      ? 'No fixed version is published. Replace the package with a maintained alternative, remove it if ' +
        'it is unused, or document a mitigation and watch the advisory for a fix.'
      : direct
        ? `${upgrade} in the manifest and refresh the lockfile.`
        : `${upgrade}: update the dependency that pulls it in, or pin it with npm or pnpm \`overrides\` or ` +
          'yarn `resolutions`, then refresh the lockfile.'

  return {
    ruleId: 'dependencies/known-vulnerability',
    category: 'security',
    severity,
    title: `${installed}: ${label(advisory)}${advisory.summary === '' ? '' : ` ${advisory.summary}`}`,
    explanation,
    location: null,
    evidence:
      `Advisory ${advisory.id}${aliases}. Installed: ${versions.join(', ')} ` +
      `(${direct ? 'direct' : 'transitive'}, ${dev ? 'development only' : 'production'}). ` +
      `Affected: ${advisory.affected.join('; ') || 'as listed by the advisory'}. ` +
      `Fixed in: ${fixedIn.length > 0 ? fixedIn.join(', ') : 'no fixed version published'}.`,
    effortMinutes: malicious ? 240 : upgrades.length === 0 ? 480 : direct ? 60 : 120,
    remediation,
    references: [advisory.id, ...advisory.aliases].slice(0, MAX_REFERENCES).map((id) => ({
      kind: 'doc' as const,
      id,
      url: `https://osv.dev/vulnerability/${encodeURIComponent(id)}`,
    })),
    // Without the version, so triage survives an upgrade that is still affected.
    snippet: `${advisory.id} ${name}`,
  }
}

function uncheckedFinding(packageCount: number | undefined): FindingDraft {
  return {
    ruleId: 'dependencies/vulnerabilities-unchecked',
    category: 'security',
    severity: 'low',
    title: 'Dependencies were NOT checked for known vulnerabilities',
    explanation:
      'No vulnerability database has been imported into Diligent, so the resolved dependency versions ' +
      'were not compared with any advisory. The absence of vulnerability findings in this audit says ' +
      'nothing about whether the dependencies are safe.',
    location: null,
    evidence:
      packageCount === undefined
        ? 'No OSV database imported.'
        : `${packageCount.toLocaleString('en-US')} resolved packages; no OSV database imported.`,
    effortMinutes: 15,
    remediation:
      `While online, download the OSV export for npm (${OSV_EXPORT_URL}), import it in Diligent's ` +
      'settings, and run the audit again.',
    references: [
      { kind: 'doc', id: 'OSV data dumps', url: 'https://google.github.io/osv.dev/data/#data-dumps' },
    ],
    snippet: 'vulnerabilities-unchecked',
  }
}

function staleFinding(database: VulnerabilityDatabaseInfo, now: Date): FindingDraft | null {
  const importedAt = Date.parse(database.importedAt)
  const days = Number.isNaN(importedAt) ? null : Math.floor((now.getTime() - importedAt) / DAY_MS)
  if (days !== null && days <= STALE_DATABASE_DAYS) return null
  const since = days === null ? 'an unknown date' : database.importedAt.slice(0, 10)
  return {
    ruleId: 'dependencies/vulnerability-database-stale',
    category: 'security',
    severity: 'low',
    title:
      days === null
        ? 'The vulnerability database has no readable import date'
        : `The vulnerability database is ${days} days old`,
    explanation:
      `Dependencies were matched against advisories imported on ${since}. Matches are only as fresh as ` +
      'that import: vulnerabilities published since then are not known to this audit.',
    location: null,
    evidence: `${database.advisories.toLocaleString('en-US')} advisories from ${database.source}, imported ${since}.`,
    effortMinutes: 15,
    remediation: `Download a fresh OSV export (${OSV_EXPORT_URL}), import it, and run the audit again.`,
    references: [
      { kind: 'doc', id: 'OSV data dumps', url: 'https://google.github.io/osv.dev/data/#data-dumps' },
    ],
    snippet: 'vulnerability-database-stale',
  }
}

/**
 * One finding per advisory and package; and, so an audit never reads as clean when it was not checked,
 * one finding when no database was imported, or when the one imported is old.
 */
export function vulnerabilityFindings(
  vulnerabilities: readonly Vulnerability[],
  database: VulnerabilityDatabaseInfo | null,
  options: VulnerabilityFindingOptions = {},
): FindingDraft[] {
  const checkedAnything = options.packageCount !== 0
  const about: FindingDraft[] = []
  if (checkedAnything && database === null) about.push(uncheckedFinding(options.packageCount))
  if (checkedAnything && database !== null) {
    const stale = staleFinding(database, options.now ?? new Date())
    if (stale !== null) about.push(stale)
  }
  const found = groupByAdvisoryAndPackage(vulnerabilities)
    .map(vulnerabilityFinding)
    .sort(
      (left, right) =>
        SEVERITY_ORDER.indexOf(left.severity) - SEVERITY_ORDER.indexOf(right.severity) ||
        (left.title < right.title ? -1 : left.title > right.title ? 1 : 0),
    )
  return [...found, ...about]
}
