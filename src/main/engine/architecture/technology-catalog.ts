import { z } from 'zod'
import { TECHNOLOGY_CATEGORIES } from '../../../shared/domain/facts/architecture-facts'
import { ECOSYSTEMS, type Ecosystem } from '../../../shared/domain/facts/dependency-facts'

/** A package name, or a prefix ending in `*` (`@aws-sdk/*`, `org.springframework.boot:*`). */
const PackagePattern = z
  .string()
  .min(1)
  .refine((pattern) => !pattern.slice(0, -1).includes('*'), 'only a trailing * is allowed')

const TechnologySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string().min(1),
  category: z.enum(TECHNOLOGY_CATEGORIES),
  /** The datastore its packages talk to, when they say so (a PostgreSQL driver, not an ORM). */
  datastore: z.string().min(1).optional(),
  packages: z
    .partialRecord(z.enum(ECOSYSTEMS), z.array(PackagePattern).min(1))
    .refine((packages) => Object.keys(packages).length > 0, 'a technology needs at least one package'),
})
export type Technology = z.infer<typeof TechnologySchema>

const CatalogSchema = z
  .strictObject({
    $comment: z.string().optional(),
    technologies: z.array(TechnologySchema).min(1),
  })
  .refine(
    (catalog) =>
      new Set(catalog.technologies.map((technology) => technology.id)).size === catalog.technologies.length,
    'technology ids must be unique',
  )

export interface TechnologyCatalog {
  technologies: readonly Technology[]
  /** The technologies a package of an ecosystem points to. */
  match(ecosystem: Ecosystem, packageName: string): Technology[]
}

/** PyPI treats `-`, `_` and `.` alike (PEP 503); every registry here ignores case in practice. */
function normalise(ecosystem: Ecosystem, name: string): string {
  const lower = name.toLowerCase()
  return ecosystem === 'pypi' ? lower.replace(/[-_.]+/g, '-') : lower
}

/**
 * The catalog of resources/architecture/technologies.json, validated: a broken catalog is a bug in
 * the app, not in the audited repository, so it throws.
 */
export function parseTechnologyCatalog(data: unknown): TechnologyCatalog {
  const { technologies } = CatalogSchema.parse(data)
  const exact = new Map<string, Technology[]>()
  const prefixes: { ecosystem: Ecosystem; prefix: string; technology: Technology }[] = []
  for (const technology of technologies)
    for (const ecosystem of ECOSYSTEMS)
      for (const pattern of technology.packages[ecosystem] ?? []) {
        if (pattern.endsWith('*')) {
          prefixes.push({ ecosystem, prefix: normalise(ecosystem, pattern.slice(0, -1)), technology })
          continue
        }
        const key = `${ecosystem}\0${normalise(ecosystem, pattern)}`
        exact.set(key, [...(exact.get(key) ?? []), technology])
      }
  return {
    technologies,
    match(ecosystem, packageName) {
      const name = normalise(ecosystem, packageName)
      const found = [
        ...(exact.get(`${ecosystem}\0${name}`) ?? []),
        ...prefixes
          .filter((entry) => entry.ecosystem === ecosystem && name.startsWith(entry.prefix))
          .map((entry) => entry.technology),
      ]
      return [...new Set(found)]
    },
  }
}
