/**
 * What the `architecture` analyzer found: the shape of the import graph, its cycles, the module
 * groups and how they depend on each other, the technologies in use and the share of test code.
 * Every list is capped, so the facts of a 20,000-file repository stay well under a megabyte.
 */

export const TECHNOLOGY_CATEGORIES = [
  'framework',
  'ui',
  'server',
  'api',
  'graphql',
  'orm',
  'datastore',
  'cache',
  'queue',
  'cloud-sdk',
  'payments',
  'auth',
  'observability',
  'ai',
  'test-framework',
  'build',
  'mobile',
  'desktop',
] as const
export type TechnologyCategory = (typeof TECHNOLOGY_CATEGORIES)[number]

/** Where each import reference of the analysed source files leads. */
export interface ImportCounts {
  /** References to another source module of the repository (or the importing module itself). */
  internal: number
  /** Distinct importer → imported module pairs among those. */
  internalEdges: number
  /** References to repository files that are not source modules: styles, JSON, images. */
  otherFiles: number
  /** References to third-party packages. */
  external: number
  /** References to the runtime's own modules (`fs`, `node:path`). */
  builtin: number
  /** References the resolver could not place: missing files, aliases of a bundler config, typos. */
  unresolved: number
  /** `import(expression)` and `require(expression)` computed at run time: not in the graph. */
  nonLiteral: number
}

export interface UnresolvedImport {
  from: string
  specifier: string
  line: number
}

export interface ExternalPackageUse {
  name: string
  /** Source files importing it. */
  files: number
}

/** A strongly connected component of the runtime import graph: a set of modules that import each other. */
export interface ImportCycle {
  size: number
  /** Sorted; the first few of a large component. */
  members: string[]
  /**
   * One real cycle through the component, as a closed walk: each module imports the next, and the
   * last entry is the first again. A long cycle keeps only its first steps; `length` counts them all.
   */
  path: string[]
  /** Imports in the whole cycle (1 for a module importing itself). */
  length: number
}

/** A module and how many distinct production modules import it (fan-in), or it imports (fan-out). */
export interface ModuleDegree {
  path: string
  count: number
}

/**
 * `package`: a workspace package, named by its package name. `folder`: a folder, named with a
 * trailing slash (`src/api/`). `root`: files at the repository root. `other`: the smallest groups
 * folded together when there are too many to draw.
 */
export type ModuleGroupKind = 'package' | 'folder' | 'root' | 'other'

export interface ModuleGroup {
  name: string
  kind: ModuleGroupKind
  files: number
  lines: number
}

/** Import references from modules of one group to modules of another. */
export interface GroupEdge {
  from: string
  to: string
  imports: number
}

export interface TechnologyEvidence {
  source: 'manifest' | 'import'
  /** The package name that gives it away. */
  package: string
  /** The manifest declaring it, or a source file importing it. */
  path: string
}

export interface DetectedTechnology {
  id: string
  name: string
  category: TechnologyCategory
  /** The datastore it talks to (PostgreSQL, MongoDB, Redis…), when the package says so. */
  datastore: string | null
  evidence: TechnologyEvidence[]
  /** Source files importing one of its packages; 0 when it is only declared. */
  importingFiles: number
}

export interface DatastoreUse {
  name: string
  /** Ids of the detected technologies that point to it. */
  technologies: string[]
}

export interface TestCodeFacts {
  testFiles: number
  testLines: number
  productionFiles: number
  productionLines: number
  /** Test lines per production line; null without production code. */
  ratio: number | null
  /** Names of the detected test frameworks. */
  frameworks: string[]
}

export interface ArchitectureFacts {
  /** Source files in the graph. */
  modules: number
  imports: ImportCounts
  unresolvedExamples: UnresolvedImport[]
  /** Third-party packages imported, most-imported first; `total` counts them all. */
  externalPackages: { total: number; top: ExternalPackageUse[] }
  /**
   * Components of the runtime graph (type-only imports are erased at compile time and left out)
   * with more than one module, or a module importing itself. Largest first; `total` counts them all.
   */
  cycles: { total: number; modulesInCycles: number; components: ImportCycle[] }
  /** Production modules imported by the most other production modules. */
  mostDependedOn: ModuleDegree[]
  /** Production modules importing the most other modules. */
  mostDependent: ModuleDegree[]
  /** Largest first, `other` last. */
  groups: ModuleGroup[]
  /** Heaviest first. */
  groupEdges: GroupEdge[]
  technologies: DetectedTechnology[]
  datastores: DatastoreUse[]
  tests: TestCodeFacts
}
