import { beforeAll, describe, expect, it } from 'vitest'
import { loadBundledChecklists } from '../../../src/cli/bundled-checklists'
import { itemsOf } from '../../../src/shared/checklists/catalog'
import type { ChecklistItem } from '../../../src/shared/checklists/checklist-schema'
import { suggestAnswer, type RepoEvidence } from '../../../src/shared/checklists/suggest'
import type { Metric } from '../../../src/shared/domain/audit-result'
import type { Severity } from '../../../src/shared/domain/finding'

/**
 * The bundled checklists' evidence rules for code quality, fed with what the complexity, hotspots and
 * architecture analyzers report: the suggestion each item gets for a troubled, a clean and an
 * unmeasured (non-JavaScript) repository.
 */
const CODE_ANALYZERS = ['inventory', 'git-history', 'complexity', 'hotspots', 'architecture']
const ITEMS = {
  complexity: 'tech-debt.maintainability.complexity-under-control',
  fileSize: 'tech-debt.maintainability.file-size',
  duplication: 'tech-debt.maintainability.low-duplication',
  typeSafety: 'tech-debt.maintainability.type-safety',
  markers: 'tech-debt.management.todo-markers-tracked',
  suiteInCi: 'tech-debt.testing.suite-in-ci',
  criticalPaths: 'tech-debt.testing.critical-paths-covered',
  hotspotsShared: 'team-process.key-people.hotspots-shared',
  boundaries: 'scalability.architecture.clear-module-boundaries',
} as const

let items: Map<string, ChecklistItem>

const metrics = (values: Record<string, number>): Metric[] =>
  Object.entries(values).map(([id, value]) => ({ id, label: id, value, unit: 'count' }))
const finding = (ruleId: string, severity: Severity) => ({
  fingerprint: `${ruleId}#${severity}`,
  ruleId,
  severity,
  title: `A ${ruleId} finding`,
})

function suggest(key: keyof typeof ITEMS, repo: Omit<RepoEvidence, 'repoName' | 'succeededAnalyzers'>) {
  const item = items.get(ITEMS[key])
  if (item === undefined) throw new Error(`no item ${ITEMS[key]}`)
  return suggestAnswer(item, [{ repoName: 'api', succeededAnalyzers: CODE_ANALYZERS, ...repo }])
}

beforeAll(async () => {
  const catalog = await loadBundledChecklists()
  items = new Map(catalog.checklists.flatMap(itemsOf).map((item) => [item.id, item]))
})

describe('code-quality checklist items', () => {
  const troubled = {
    metrics: metrics({
      'complexity/files': 120,
      'complexity/functions': 900,
      'complexity/duplication': 12.5,
      'complexity/markers': 240,
      'architecture/modules': 120,
      'architecture/test-ratio': 0,
    }),
    findings: [
      finding('complexity/complex-function', 'high'),
      finding('complexity/god-file', 'medium'),
      finding('complexity/typescript-not-strict', 'medium'),
      finding('complexity/type-safety-escapes', 'low'),
      finding('hotspots/complex-hotspot', 'high'),
      finding('hotspots/untested-hotspot', 'medium'),
      finding('hotspots/knowledge-at-risk', 'high'),
      finding('architecture/import-cycle', 'high'),
    ],
  }

  it.each([
    ['complexity', 'no', 'complexity/complex-function'],
    ['fileSize', 'partly', 'complexity/god-file'],
    ['duplication', 'no', 'complexity/duplication: 12.5'],
    ['typeSafety', 'no', 'complexity/typescript-not-strict'],
    ['markers', 'partly', 'complexity/markers: 240'],
    ['suiteInCi', 'no', 'architecture/test-ratio: 0'],
    ['criticalPaths', 'no', 'hotspots/untested-hotspot'],
    ['hotspotsShared', 'no', 'hotspots/knowledge-at-risk'],
    ['boundaries', 'no', 'architecture/import-cycle'],
  ] as const)('%s: a troubled repository gets "%s", with the evidence named', (key, status, evidence) => {
    const suggestion = suggest(key, troubled)
    expect(suggestion?.status).toBe(status)
    expect(suggestion?.evidence.map((line) => line.fact).join('\n')).toContain(evidence)
  })

  it('gives a measure between two thresholds one line of evidence, not two', () => {
    const suggestion = suggest('duplication', {
      metrics: metrics({ 'complexity/duplication': 7 }),
      findings: [],
    })
    expect(suggestion?.status).toBe('partly')
    expect(suggestion?.evidence.map((line) => line.fact)).toEqual(['complexity/duplication: 7'])
  })

  const clean = {
    metrics: metrics({
      'complexity/files': 80,
      'complexity/functions': 600,
      'complexity/duplication': 1.5,
      'complexity/markers': 6,
      'architecture/modules': 80,
      'architecture/test-ratio': 0.8,
    }),
    findings: [],
  }

  it.each([
    ['complexity', 'yes'],
    ['duplication', 'yes'],
    ['typeSafety', 'yes'],
    ['markers', 'yes'],
    ['criticalPaths', 'yes'],
    ['boundaries', 'yes'],
  ] as const)('%s: a clean repository gets "%s"', (key, status) => {
    expect(suggest(key, clean)?.status).toBe(status)
  })

  it('proposes nothing from code measures for a repository with no JavaScript or TypeScript', () => {
    const unmeasured = {
      metrics: metrics({
        'complexity/files': 0,
        'complexity/functions': 0,
        'complexity/duplication': 0,
        'complexity/markers': 0,
        'architecture/modules': 0,
        'architecture/test-ratio': 0,
      }),
      findings: [],
    }
    for (const key of [
      'complexity',
      'duplication',
      'typeSafety',
      'markers',
      'suiteInCi',
      'criticalPaths',
      'boundaries',
    ] as const)
      expect(suggest(key, unmeasured), key).toBeNull()
  })
})
