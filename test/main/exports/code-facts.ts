import type { ArchitectureFacts } from '../../../src/shared/domain/facts/architecture-facts'
import type { ComplexityFacts, FunctionComplexity } from '../../../src/shared/domain/facts/complexity-facts'
import type { Hotspot, HotspotFacts } from '../../../src/shared/domain/facts/hotspot-facts'
import type { AuditSnapshot } from '../../../src/shared/report/audit-snapshot'

/** Hand-made complexity, hotspot and architecture facts, as the engine writes them, for the export tests. */

export function fn(name: string, overrides: Partial<FunctionComplexity> = {}): FunctionComplexity {
  return {
    path: 'src/orders/pricing.ts',
    name,
    kind: 'function',
    line: 10,
    lines: 40,
    parameters: 2,
    cyclomatic: 12,
    cognitive: 18,
    maxNesting: 3,
    ...overrides,
  }
}

export function complexityFacts(overrides: Partial<ComplexityFacts> = {}): ComplexityFacts {
  return {
    totals: {
      files: 12,
      functions: 140,
      complexFunctions: 3,
      codeLines: 4_200,
      anyCount: 14,
      tsIgnore: 2,
      tsExpectError: 1,
      eslintDisable: 3,
      nonNullAssertions: 5,
      markers: 7,
    },
    cyclomaticBands: [],
    cognitiveBands: [],
    worstFunctions: [
      fn('computeInvoiceTotals', { cognitive: 41, cyclomatic: 27, lines: 120, parameters: 4, maxNesting: 5 }),
      fn('applyDiscounts', { line: 180, cognitive: 22, cyclomatic: 15, kind: 'arrow' }),
      fn('validate', { path: 'src/api/orders.ts', line: 7, cognitive: 16, cyclomatic: 9, kind: 'method' }),
    ],
    files: [],
    markers: [],
    tsconfigs: [{ path: 'tsconfig.json', strict: false, noImplicitAny: false, strictNullChecks: null }],
    duplication: { percentage: 6.4, duplicatedLines: 270, totalLines: 4_200, cloneCount: 5, clones: [] },
    unmeasured: [],
    ...overrides,
  }
}

export function hotspot(path: string, overrides: Partial<Hotspot> = {}): Hotspot {
  return {
    path,
    commits: 24,
    complexity: 96,
    codeLines: 410,
    score: 0.82,
    mainAuthorId: 'ada',
    mainAuthorName: 'Ada Lovelace',
    mainAuthorShare: 0.75,
    mainAuthorInactive: false,
    authors: 3,
    lastChangedAt: '2026-11-18T09:30:00.000Z',
    tested: true,
    ...overrides,
  }
}

export function hotspotFacts(): HotspotFacts {
  return {
    hotspots: [
      hotspot('src/orders/pricing.ts', { score: 1, tested: false, mainAuthorInactive: true }),
      hotspot('src/api/orders.ts', { commits: 11, complexity: 40, score: 0.21, mainAuthorShare: 0.4 }),
    ],
    points: [],
  }
}

/** `base` with these facts added to its first repository (or replacing the ones it has). */
export function withRepoFacts(base: AuditSnapshot, facts: Record<string, unknown>): AuditSnapshot {
  const [first, ...others] = base.repos
  if (first === undefined) throw new Error('the base snapshot has no repository')
  return { ...base, repos: [{ ...first, facts: { ...first.facts, ...facts } }, ...others] }
}

export function architectureFacts(overrides: Partial<ArchitectureFacts> = {}): ArchitectureFacts {
  return {
    modules: 48,
    imports: {
      internal: 130,
      internalEdges: 112,
      otherFiles: 4,
      external: 61,
      builtin: 9,
      unresolved: 2,
      nonLiteral: 0,
    },
    unresolvedExamples: [],
    externalPackages: { total: 14, top: [] },
    cycles: {
      total: 2,
      modulesInCycles: 5,
      components: [
        {
          size: 3,
          members: ['src/orders/index.ts', 'src/orders/pricing.ts', 'src/orders/tax.ts'],
          path: ['src/orders/index.ts', 'src/orders/pricing.ts', 'src/orders/tax.ts', 'src/orders/index.ts'],
          length: 3,
        },
        {
          size: 2,
          members: ['src/db/client.ts', 'src/db/pool.ts'],
          path: ['src/db/client.ts', 'src/db/pool.ts', 'src/db/client.ts'],
          length: 2,
        },
      ],
    },
    mostDependedOn: [],
    mostDependent: [],
    groups: [],
    groupEdges: [],
    technologies: [
      {
        id: 'express',
        name: 'Express',
        category: 'server',
        datastore: null,
        evidence: [{ source: 'manifest', package: 'express', path: 'package.json' }],
        importingFiles: 6,
      },
      {
        id: 'pg',
        name: 'node-postgres',
        category: 'datastore',
        datastore: 'PostgreSQL',
        evidence: [{ source: 'manifest', package: 'pg', path: 'package.json' }],
        importingFiles: 0,
      },
    ],
    datastores: [{ name: 'PostgreSQL', technologies: ['pg'] }],
    tests: {
      testFiles: 9,
      testLines: 1_300,
      productionFiles: 39,
      productionLines: 5_200,
      ratio: 0.25,
      frameworks: ['Vitest'],
    },
    ...overrides,
  }
}
