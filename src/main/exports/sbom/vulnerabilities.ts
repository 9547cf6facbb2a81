import type { Vulnerability } from '../../../shared/domain/facts/dependency-facts'
import {
  clipVersion,
  type CdxProperty,
  type CdxVulnerability,
  type CdxVulnerabilitySource,
} from './cyclonedx'
import { percentEncodePurlComponent as encode } from './purl'

/**
 * The facts' advisory matches as CycloneDX vulnerabilities. The facts hold one match per advisory and
 * package version; CycloneDX wants one entry per advisory with everything it affects, so matches are
 * grouped by id. `refOf` gives the bom-ref of the component a match points at.
 */
export function buildVulnerabilities(
  matches: Vulnerability[],
  refOf: (name: string, version: string) => string,
): CdxVulnerability[] {
  const byId = new Map<string, Vulnerability[]>()
  for (const match of matches) byId.set(match.id, [...(byId.get(match.id) ?? []), match])
  return [...byId.entries()].map(([id, group]) => toVulnerability(id, group, refOf))
}

function toVulnerability(
  id: string,
  group: Vulnerability[],
  refOf: (name: string, version: string) => string,
): CdxVulnerability {
  const first = group[0]
  const osv = osvSource(id)
  const affects = new Map<string, string>()
  for (const match of group) affects.set(refOf(match.package, match.version), match.version)
  const aliases = unique(group.flatMap((match) => match.aliases)).filter((alias) => alias !== id)
  const ranges = unique(group.flatMap((match) => match.affected))
  const properties: CdxProperty[] = ranges.map((range) => ({ name: 'diligent:affectedRange', value: range }))
  return {
    id,
    source: osv,
    ...(aliases.length > 0
      ? { references: aliases.map((alias) => ({ id: alias, source: aliasSource(alias) })) }
      : {}),
    ratings: [{ source: osv, severity: worstSeverity(group) }],
    ...(first !== undefined && first.summary !== '' ? { description: first.summary } : {}),
    recommendation: recommendation(group),
    affects: [...affects.entries()].map(([ref, version]) => ({
      ref,
      ...(version === ''
        ? {}
        : { versions: [{ version: clipVersion(version), status: 'affected' as const }] }),
    })),
    ...(properties.length > 0 ? { properties } : {}),
  }
}

const unique = (values: string[]): string[] => [...new Set(values)]

// Not encodeURIComponent: it throws on a lone surrogate, which an imported advisory id could hold.
const osvSource = (id: string): CdxVulnerabilitySource => ({
  name: 'OSV',
  url: `https://osv.dev/vulnerability/${encode(id)}`,
})

function aliasSource(alias: string): CdxVulnerabilitySource {
  if (alias.startsWith('CVE-')) {
    return { name: 'NVD', url: `https://nvd.nist.gov/vuln/detail/${encode(alias)}` }
  }
  if (alias.startsWith('GHSA-')) {
    return { name: 'GitHub Advisories', url: `https://github.com/advisories/${encode(alias)}` }
  }
  return osvSource(alias)
}

const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low', 'unknown'] as const

/** One advisory has one severity; should the matches disagree, the worst is the honest rating. */
const worstSeverity = (group: Vulnerability[]): Vulnerability['severity'] =>
  SEVERITY_ORDER.find((severity) => group.some((match) => match.severity === severity)) ?? 'unknown'

function recommendation(group: Vulnerability[]): string {
  const fixesByPackage = new Map<string, string[]>()
  for (const match of group) {
    fixesByPackage.set(
      match.package,
      unique([...(fixesByPackage.get(match.package) ?? []), ...match.fixedIn]),
    )
  }
  return [...fixesByPackage.entries()]
    .map(([name, fixed]) =>
      fixed.length > 0
        ? `Upgrade ${name} to a fixed version: ${fixed.join(', ')}.`
        : `No fixed version of ${name} is known to the advisory.`,
    )
    .join(' ')
}
