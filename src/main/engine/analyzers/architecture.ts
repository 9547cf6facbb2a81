import technologiesFile from '../../../../resources/architecture/technologies.json'
import type { Metric } from '../../../shared/domain/audit-result'
import type { ArchitectureFacts } from '../../../shared/domain/facts/architecture-facts'
import { buildArchitecture } from '../architecture/build-architecture'
import { readConfigFiles } from '../architecture/read-config-files'
import { createModuleResolver } from '../architecture/resolve-module'
import { parseTechnologyCatalog } from '../architecture/technology-catalog'
import { isTestPath } from '../architecture/test-files'
import { workspacePackagesOf } from '../architecture/workspace-packages'
import { scanForAnalyzer } from '../code/source-scanner'
import type { Analyzer } from '../types'

const TECHNOLOGY_CATALOG = parseTechnologyCatalog(technologiesFile)

function architectureMetrics(facts: ArchitectureFacts): Metric[] {
  return [
    {
      id: 'architecture/modules',
      label: 'Source modules in the import graph',
      value: facts.modules,
      unit: 'count',
    },
    { id: 'architecture/import-cycles', label: 'Import cycles', value: facts.cycles.total, unit: 'count' },
    {
      id: 'architecture/modules-in-cycles',
      label: 'Modules in import cycles',
      value: facts.cycles.modulesInCycles,
      unit: 'count',
    },
    {
      id: 'architecture/external-packages',
      label: 'Third-party packages imported',
      value: facts.externalPackages.total,
      unit: 'count',
    },
    {
      id: 'architecture/technologies',
      label: 'Technologies detected',
      value: facts.technologies.length,
      unit: 'count',
    },
    {
      id: 'architecture/test-ratio',
      label: 'Test code lines per production code line',
      value: facts.tests.ratio ?? 0,
      unit: 'ratio',
    },
  ]
}

/**
 * The import graph of the JavaScript and TypeScript (tsconfig paths and workspace packages resolved),
 * its cycles, the dependencies between top-level modules, the technologies and datastores in use, and
 * the share of test code. Imports come from the run's one parse; manifests from the dependencies analyzer.
 */
export const architectureAnalyzer: Analyzer<'architecture'> = {
  id: 'architecture',
  title: 'Architecture',
  version: 1,
  needs: ['inventory', 'dependencies'],
  parsesCode: true,
  async run(context) {
    const scan = await scanForAnalyzer(context)
    const manifests = context.facts.dependencies?.manifests ?? []
    const workspacePackages = workspacePackagesOf(manifests)
    const resolver = createModuleResolver({
      files: context.files.map((file) => file.path),
      configs: await readConfigFiles(context),
      workspacePackages,
    })
    for (const warning of resolver.warnings) context.warn(warning.message, warning.path)
    const { facts, findings } = buildArchitecture({
      modules: scan.files.map((file) => ({
        path: file.path,
        lines: file.codeLines,
        imports: file.imports,
        nonLiteral: file.nonLiteralImports,
      })),
      resolver,
      workspacePackages,
      declaredDependencies: manifests.flatMap((manifest) =>
        manifest.dependencies.map((dependency) => ({
          name: dependency.name,
          ecosystem: manifest.ecosystem,
          manifest: manifest.path,
        })),
      ),
      catalog: TECHNOLOGY_CATALOG,
      isTest: isTestPath,
    })
    return { metrics: architectureMetrics(facts), findings, facts }
  },
}
