import type { ImportCounts, UnresolvedImport } from '../../../shared/domain/facts/architecture-facts'
import { clip } from '../dependencies/values'
import { compareText } from './compare-text'
import type { ImportReference } from './extract-imports'
import { dirnameOf } from './repo-paths'
import type { ModuleResolution, ModuleResolver } from './resolve-module'

/** One parsed source file, as the worker reports it. */
export interface SourceModule {
  path: string
  lines: number
  imports: readonly ImportReference[]
  /** Imports whose target is computed at run time (`scanImports` counts them); absent when not counted. */
  nonLiteral?: number
}

/** All imports from one module to another. */
export interface ModuleEdge {
  references: number
  /** At least one of them survives compilation (is not type-only). */
  runtime: boolean
  /** The first of them. */
  line: number
}

export interface ImportGraph {
  /** Sorted; a module's index in this list is its id. */
  modules: SourceModule[]
  /** Per importer: imported module id → the edge. */
  edges: Map<number, ModuleEdge>[]
  counts: ImportCounts
  unresolvedExamples: UnresolvedImport[]
  /** Package name → ids of the modules importing it, ascending. */
  packageImporters: Map<string, number[]>
}

export const MAX_UNRESOLVED_EXAMPLES = 50

/**
 * Resolves every import of every module into the graph. A resolution depends only on the
 * importer's folder (relative paths, nearest tsconfig), so each folder + specifier is resolved once.
 */
export function buildImportGraph(
  sourceModules: readonly SourceModule[],
  resolver: Pick<ModuleResolver, 'resolve'>,
): ImportGraph {
  const byPath = new Map<string, SourceModule>()
  for (const module of sourceModules) if (!byPath.has(module.path)) byPath.set(module.path, module)
  const modules = [...byPath.values()].sort((left, right) => compareText(left.path, right.path))
  const idOf = new Map(modules.map((module, id) => [module.path, id]))

  const counts: ImportCounts = {
    internal: 0,
    internalEdges: 0,
    otherFiles: 0,
    external: 0,
    builtin: 0,
    unresolved: 0,
    nonLiteral: 0,
  }
  const unresolvedExamples: UnresolvedImport[] = []
  const packageImporters = new Map<string, number[]>()
  const resolved = new Map<string, ModuleResolution>()
  const edges = modules.map(() => new Map<number, ModuleEdge>())

  modules.forEach((module, id) => {
    counts.nonLiteral += module.nonLiteral ?? 0
    const folder = dirnameOf(module.path)
    for (const reference of module.imports) {
      const key = `${folder}\0${reference.specifier}`
      let resolution = resolved.get(key)
      if (resolution === undefined) {
        resolution = resolver.resolve(module.path, reference.specifier)
        resolved.set(key, resolution)
      }
      switch (resolution.kind) {
        case 'internal': {
          const target = idOf.get(resolution.path)
          if (target === undefined) {
            counts.otherFiles += 1
            break
          }
          counts.internal += 1
          const runtime = reference.kind !== 'type-only'
          const edge = edges[id]?.get(target)
          if (edge === undefined) {
            edges[id]?.set(target, { references: 1, runtime, line: reference.line })
            counts.internalEdges += 1
          } else {
            edge.references += 1
            edge.runtime ||= runtime
          }
          break
        }
        case 'package': {
          counts.external += 1
          const importers = packageImporters.get(resolution.name) ?? []
          if (importers.at(-1) !== id) importers.push(id)
          packageImporters.set(resolution.name, importers)
          break
        }
        case 'builtin':
          counts.builtin += 1
          break
        case 'unresolved':
          counts.unresolved += 1
          if (unresolvedExamples.length < MAX_UNRESOLVED_EXAMPLES)
            unresolvedExamples.push({
              from: module.path,
              specifier: clip(reference.specifier),
              line: reference.line,
            })
      }
    }
  })
  return { modules, edges, counts, unresolvedExamples, packageImporters }
}
