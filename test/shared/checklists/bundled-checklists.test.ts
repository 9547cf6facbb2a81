import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAudit } from '../../../src/main/engine'
import { ANALYZERS } from '../../../src/main/engine/analyzers'
import { patternRuleId } from '../../../src/main/engine/security-patterns/pattern-findings'
import { bundledSecurityPatternRules } from '../../../src/main/engine/security-patterns/rule-pack'
import { itemsOf, parseChecklistCatalog, type ChecklistCatalog } from '../../../src/shared/checklists/catalog'
import type { EvidenceRule } from '../../../src/shared/checklists/checklist-schema'
import { ADA, makeGitRepo, makeTempDir, removeTempDirs } from '../../helpers/make-git-repo'

// The checklists the app ships, validated as the app validates them at start-up.
const FOLDER = join(__dirname, '../../../resources/checklists')
const files = Object.fromEntries(
  readdirSync(FOLDER)
    .filter((name) => name.endsWith('.json'))
    .map((name) => [name, JSON.parse(readFileSync(join(FOLDER, name), 'utf8')) as unknown]),
)
let catalog: ChecklistCatalog
let engineMetricIds: Set<string>

beforeAll(async () => {
  catalog = parseChecklistCatalog(files)
  const repo = await makeGitRepo([
    { author: ADA, date: '2025-01-01T00:00:00Z', files: { 'a.ts': 'export {}\n' } },
  ])
  const result = await runAudit({ source: repo, sourceKind: 'local' }, { cacheDir: await makeTempDir() })
  engineMetricIds = new Set(result.metrics.map((metric) => metric.id))
})
afterAll(removeTempDirs)

describe('the bundled checklists', () => {
  it('all validate', () => {
    expect(catalog.problems).toEqual([])
  })

  it('cover the five areas of a technical due diligence with at least 120 items', () => {
    expect(catalog.checklists.map((checklist) => checklist.id)).toEqual([
      'scalability',
      'security',
      'tech-debt',
      'team-process',
      'compliance',
    ])
    const items = catalog.checklists.flatMap(itemsOf)
    expect(items.length).toBeGreaterThanOrEqual(120)
    for (const checklist of catalog.checklists)
      expect(itemsOf(checklist).length, checklist.id).toBeGreaterThanOrEqual(20)
  })

  it('offer items at every stage, more of them as the company grows', () => {
    const items = catalog.checklists.flatMap(itemsOf)
    const atStage = (stage: string) => items.filter((item) => item.stages.includes(stage as never)).length
    expect(atStage('pre-product')).toBeGreaterThan(30)
    expect(atStage('product-market-fit')).toBeGreaterThanOrEqual(atStage('pre-product'))
    expect(atStage('growth')).toBeGreaterThanOrEqual(atStage('product-market-fit'))
  })

  it('refer only to metrics the engine really reports, for the analyzers that exist', () => {
    const rules = evidenceRules()
    expect(rules.length).toBeGreaterThanOrEqual(25)
    const registered = new Set<string>(ANALYZERS.map((analyzer) => analyzer.id))
    for (const { item, rule } of rules) {
      for (const metricId of metricIdsOf(rule)) {
        if (registered.has(analyzerOf(metricId)))
          expect(engineMetricIds, `${item.id} → ${metricId}`).toContain(metricId)
      }
    }
  })

  it('refer only to rule and metric ids the engine or its rule packs define, even for analyzers not registered yet', () => {
    // As the engine's source spells them: `ruleId: 'complexity/god-file'`, `id: 'complexity/files'`.
    const source = engineSource()
    const literals = (key: string) =>
      new Set([...source.matchAll(new RegExp(`\\b${key}: '([a-z0-9-]+/[a-z0-9-]+)'`, 'g'))].map((m) => m[1]))
    // Security-pattern rules are data: their finding ids are the pack's ids under the analyzer's prefix.
    const ruleIds = new Set([
      ...literals('ruleId'),
      ...bundledSecurityPatternRules().map((rule) => patternRuleId(rule.id)),
    ])
    const metricIds = new Set([...literals('id'), ...engineMetricIds])
    for (const { item, rule } of evidenceRules()) {
      for (const metricId of metricIdsOf(rule))
        expect(metricIds, `${item.id} → ${metricId}`).toContain(metricId)
      if (rule.source === 'finding')
        for (const ruleId of rule.ruleIds.filter((id) => !id.endsWith('/*')))
          expect(ruleIds, `${item.id} → ${ruleId}`).toContain(ruleId)
    }
  })
})

const evidenceRules = () =>
  catalog.checklists.flatMap(itemsOf).flatMap((item) => item.evidence.map((rule) => ({ item, rule })))
const analyzerOf = (id: string): string => id.split('/')[0] ?? ''
/** The metrics a rule reads: its own and the one its `onlyIf` guard reads. */
const metricIdsOf = (rule: EvidenceRule): string[] => [
  ...(rule.source === 'metric' ? [rule.metricId] : []),
  ...(rule.onlyIf === undefined ? [] : [rule.onlyIf.metricId]),
]

function engineSource(): string {
  const folder = join(__dirname, '../../../src/main/engine')
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts'))
    .map((path) => readFileSync(join(folder, path), 'utf8'))
    .join('\n')
}
