import { ts } from 'ts-morph'
import catalogData from '../../../resources/architecture/technologies.json'
import {
  buildArchitecture,
  type ArchitectureInput,
} from '../../../src/main/engine/architecture/build-architecture'
import { scanImports } from '../../../src/main/engine/architecture/extract-imports'
import type { SourceModule } from '../../../src/main/engine/architecture/import-graph'
import {
  createModuleResolver,
  type WorkspacePackage,
} from '../../../src/main/engine/architecture/resolve-module'
import { parseTechnologyCatalog } from '../../../src/main/engine/architecture/technology-catalog'
import { isTestPath } from '../../../src/main/engine/architecture/test-files'

export const CATALOG = parseTechnologyCatalog(catalogData)

/** Source files as the worker would report them: parsed, their imports extracted, lines counted. */
export function sourceModules(files: Record<string, string>): SourceModule[] {
  return Object.entries(files).map(([path, code]) => ({
    path,
    lines: code.split('\n').length,
    ...scanImports(ts.createSourceFile(path, code, ts.ScriptTarget.Latest, false)),
  }))
}

/** The architecture of a crafted tree of source files, resolved against those files only. */
export function architectureOf(
  files: Record<string, string>,
  options: {
    workspacePackages?: WorkspacePackage[]
    declaredDependencies?: ArchitectureInput['declaredDependencies']
    otherFiles?: string[]
  } = {},
) {
  const workspacePackages = options.workspacePackages ?? []
  const resolver = createModuleResolver({
    files: [...Object.keys(files), ...(options.otherFiles ?? [])],
    configs: [],
    workspacePackages,
  })
  return buildArchitecture({
    modules: sourceModules(files),
    resolver,
    workspacePackages,
    declaredDependencies: options.declaredDependencies ?? [],
    catalog: CATALOG,
    isTest: isTestPath,
  })
}
