import type {
  DatastoreUse,
  DetectedTechnology,
  TechnologyEvidence,
} from '../../../shared/domain/facts/architecture-facts'
import type { Ecosystem } from '../../../shared/domain/facts/dependency-facts'
import { compareText } from './compare-text'
import type { Technology, TechnologyCatalog } from './technology-catalog'

/** A dependency a manifest declares, with the manifest's path. */
export interface DeclaredDependencyName {
  name: string
  ecosystem: Ecosystem
  manifest: string
}

/** A package the source imports, and the files importing it. */
export interface ImportedPackage {
  name: string
  files: readonly string[]
}

/** Examples kept per technology and kind of evidence: enough to check the claim. */
export const MAX_EVIDENCE_PER_SOURCE = 3

interface Sighting {
  technology: Technology
  evidence: TechnologyEvidence[]
  importingFiles: Set<string>
}

/**
 * The technologies the catalog recognises in the declared dependencies (of every ecosystem) and in
 * the packages the JavaScript and TypeScript sources import, in catalog order, each with evidence:
 * a manifest declaring it and a file importing it, per package.
 */
export function detectTechnologies(
  catalog: TechnologyCatalog,
  declared: readonly DeclaredDependencyName[],
  imported: readonly ImportedPackage[],
): DetectedTechnology[] {
  const sightings = new Map<string, Sighting>()
  const sight = (technology: Technology, evidence: TechnologyEvidence): Sighting => {
    const sighting = sightings.get(technology.id) ?? { technology, evidence: [], importingFiles: new Set() }
    sightings.set(technology.id, sighting)
    const sameSource = sighting.evidence.filter((known) => known.source === evidence.source)
    const seen = sameSource.some((known) => known.package === evidence.package)
    if (!seen && sameSource.length < MAX_EVIDENCE_PER_SOURCE) sighting.evidence.push(evidence)
    return sighting
  }
  for (const dependency of declared)
    for (const technology of catalog.match(dependency.ecosystem, dependency.name))
      sight(technology, { source: 'manifest', package: dependency.name, path: dependency.manifest })
  for (const { name, files } of imported) {
    const [example] = files
    if (example === undefined) continue
    for (const technology of catalog.match('npm', name)) {
      const sighting = sight(technology, { source: 'import', package: name, path: example })
      for (const file of files) sighting.importingFiles.add(file)
    }
  }
  return catalog.technologies.flatMap((technology) => {
    const sighting = sightings.get(technology.id)
    if (sighting === undefined) return []
    return [
      {
        id: technology.id,
        name: technology.name,
        category: technology.category,
        datastore: technology.datastore ?? null,
        evidence: sighting.evidence,
        importingFiles: sighting.importingFiles.size,
      },
    ]
  })
}

/** The datastores the detected technologies point to, by name. */
export function datastoresOf(technologies: readonly DetectedTechnology[]): DatastoreUse[] {
  const byName = new Map<string, string[]>()
  for (const technology of technologies)
    if (technology.datastore !== null)
      byName.set(technology.datastore, [...(byName.get(technology.datastore) ?? []), technology.id])
  return [...byName]
    .map(([name, ids]) => ({ name, technologies: ids }))
    .sort((left, right) => compareText(left.name, right.name))
}
