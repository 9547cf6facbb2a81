import type { ArchitectureFacts } from '../../../src/shared/domain/facts/architecture-facts'
import type { ComplexityFacts } from '../../../src/shared/domain/facts/complexity-facts'

export function complexityFacts(overrides: Partial<ComplexityFacts> = {}): ComplexityFacts {
  return {
    totals: {
      files: 12,
      functions: 80,
      complexFunctions: 6,
      codeLines: 2400,
      anyCount: 5,
      tsIgnore: 2,
      tsExpectError: 1,
      eslintDisable: 3,
      nonNullAssertions: 4,
      markers: 7,
    },
    cyclomaticBands: [],
    cognitiveBands: [],
    worstFunctions: [],
    files: [],
    markers: [],
    tsconfigs: [
      { path: 'tsconfig.json', strict: true, noImplicitAny: true, strictNullChecks: true },
      { path: 'legacy/tsconfig.json', strict: false, noImplicitAny: false, strictNullChecks: false },
      { path: 'web/tsconfig.json', strict: null, noImplicitAny: null, strictNullChecks: null },
    ],
    duplication: { percentage: 4.25, duplicatedLines: 102, totalLines: 2400, cloneCount: 3, clones: [] },
    unmeasured: [],
    ...overrides,
  }
}

export function architectureFacts(overrides: Partial<ArchitectureFacts> = {}): ArchitectureFacts {
  return {
    modules: 12,
    imports: {
      internal: 30,
      internalEdges: 25,
      otherFiles: 0,
      external: 10,
      builtin: 2,
      unresolved: 1,
      nonLiteral: 0,
    },
    unresolvedExamples: [],
    externalPackages: { total: 4, top: [] },
    cycles: { total: 2, modulesInCycles: 5, components: [] },
    mostDependedOn: [],
    mostDependent: [],
    groups: [],
    groupEdges: [],
    technologies: [],
    datastores: [],
    tests: {
      testFiles: 4,
      testLines: 600,
      productionFiles: 12,
      productionLines: 2400,
      ratio: 0.25,
      frameworks: ['Vitest'],
    },
    ...overrides,
  }
}
