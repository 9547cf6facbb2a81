import type { Metric } from '../../../shared/domain/audit-result'
import type { DependencyFacts } from '../../../shared/domain/facts/dependency-facts'

/** Direct dependencies: distinct names declared in the manifests, per ecosystem, the repository's own workspaces left out. */
function declaredCount(facts: DependencyFacts): number {
  const own = new Set(facts.manifests.flatMap((manifest) => (manifest.name === null ? [] : [manifest.name])))
  const names = new Set<string>()
  for (const manifest of facts.manifests) {
    for (const dependency of manifest.dependencies) {
      if (dependency.source === 'workspace' || own.has(dependency.name)) continue
      names.add(`${manifest.ecosystem}\0${dependency.name}`)
    }
  }
  return names.size
}

function count(id: string, label: string, value: number): Metric {
  return { id: `dependencies/${id}`, label, value, unit: 'count' }
}

/** The dependencies' headline numbers; the ids are stable, checklist evidence refers to them. */
export function dependencyMetrics(facts: DependencyFacts): Metric[] {
  const production = facts.packages.filter((pkg) => !pkg.dev)
  const declared = facts.manifests.flatMap((manifest) => manifest.dependencies)
  return [
    count('manifests', 'Dependency manifests', facts.manifests.length),
    count('lockfiles', 'Lockfiles read', facts.lockfiles.length),
    count('direct', 'Direct dependencies declared in manifests', declaredCount(facts)),
    count(
      'transitive',
      'Resolved packages pulled in by other packages',
      facts.packages.filter((pkg) => !pkg.direct).length,
    ),
    count('production', 'Resolved packages needed in production', production.length),
    count('dev', 'Resolved packages needed only for development', facts.packages.length - production.length),
    count(
      'copyleft-production',
      'Production packages under a strong or network copyleft licence',
      production.filter(
        (pkg) => pkg.licenceClass === 'strong-copyleft' || pkg.licenceClass === 'network-copyleft',
      ).length,
    ),
    count(
      'non-commercial-production',
      'Production packages under a non-commercial or source-available licence',
      production.filter((pkg) => pkg.licenceClass === 'non-commercial').length,
    ),
    count(
      'unknown-licences',
      'Resolved packages whose licence is unknown or not recorded',
      facts.packages.filter((pkg) => pkg.licenceClass === 'unknown').length,
    ),
    count(
      'unpinned',
      'Declared dependencies with an unpinned range',
      declared.filter((dependency) => dependency.unpinned).length,
    ),
    count(
      'non-registry',
      'Declared dependencies from git, a URL or a local path',
      declared.filter(
        (dependency) =>
          dependency.source === 'git' || dependency.source === 'url' || dependency.source === 'file',
      ).length,
    ),
    count(
      'install-scripts',
      'Resolved packages that run install scripts',
      facts.packages.filter((pkg) => pkg.installScript).length,
    ),
    count('multiple-versions', 'Packages resolved at more than one version', facts.multipleVersions.length),
    count(
      'missing-from-lockfile',
      'Dependencies where a manifest and its lockfile disagree',
      facts.missingFromLockfile.length,
    ),
  ]
}
