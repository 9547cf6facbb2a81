import type { ArchitectureFacts } from '../../../shared/domain/facts/architecture-facts'
import type { FindingDraft } from '../types'
import { compareText } from './compare-text'
import { datastoresOf, detectTechnologies, type DeclaredDependencyName } from './detect-technologies'
import { architectureFindings } from './findings'
import { cycleFacts, findImportCycles } from './import-cycles'
import { buildImportGraph, type SourceModule } from './import-graph'
import { moduleDegrees } from './module-degrees'
import { groupModules, type ModuleDependency } from './module-groups'
import type { ModuleResolver, WorkspacePackage } from './resolve-module'
import type { TechnologyCatalog } from './technology-catalog'
import { testCodeFacts } from './test-files'

/** External packages listed by name in the facts; `total` counts them all. */
export const MAX_LISTED_PACKAGES = 200

export interface ArchitectureInput {
  modules: readonly SourceModule[]
  resolver: Pick<ModuleResolver, 'resolve'>
  workspacePackages: readonly WorkspacePackage[]
  declaredDependencies: readonly DeclaredDependencyName[]
  catalog: TechnologyCatalog
  /** Which source files are tests: `isTestPath`, unless the caller knows better. */
  isTest(path: string): boolean
}

export interface ArchitectureOutput {
  facts: ArchitectureFacts
  findings: FindingDraft[]
}

/** The import graph of the parsed sources, and everything the audit reads from it. */
export function buildArchitecture(input: ArchitectureInput): ArchitectureOutput {
  const graph = buildImportGraph(input.modules, input.resolver)
  const isTest = graph.modules.map((module) => input.isTest(module.path))
  const cycles = findImportCycles(graph)

  const dependencies: ModuleDependency[] = graph.edges.flatMap((edges, from) =>
    [...edges].map(([to, edge]) => ({ from, to, imports: edge.references })),
  )
  const { groups, groupEdges } = groupModules(graph.modules, input.workspacePackages, dependencies)

  const imported = [...graph.packageImporters]
    .map(([name, ids]) => ({ name, files: ids.map((id) => graph.modules[id]?.path ?? '') }))
    .sort((left, right) => right.files.length - left.files.length || compareText(left.name, right.name))
  const technologies = detectTechnologies(input.catalog, input.declaredDependencies, imported)

  const facts: ArchitectureFacts = {
    modules: graph.modules.length,
    imports: graph.counts,
    unresolvedExamples: graph.unresolvedExamples,
    externalPackages: {
      total: imported.length,
      top: imported.slice(0, MAX_LISTED_PACKAGES).map(({ name, files }) => ({ name, files: files.length })),
    },
    cycles: {
      total: cycles.total,
      modulesInCycles: cycles.modulesInCycles,
      components: cycles.details.map(cycleFacts),
    },
    ...moduleDegrees(graph, isTest),
    groups,
    groupEdges,
    technologies,
    datastores: datastoresOf(technologies),
    tests: testCodeFacts(graph.modules, isTest, technologies),
  }
  return { facts, findings: architectureFindings(cycles.details) }
}
