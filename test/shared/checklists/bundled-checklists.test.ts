import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAudit } from '../../../src/main/engine'
import { itemsOf, parseChecklistCatalog, type ChecklistCatalog } from '../../../src/shared/checklists/catalog'
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
    const rules = catalog.checklists
      .flatMap(itemsOf)
      .flatMap((item) => item.evidence.map((rule) => ({ item, rule })))
    expect(rules.length).toBeGreaterThanOrEqual(25)
    for (const { item, rule } of rules) {
      if (rule.source !== 'metric') continue
      const analyzer = rule.metricId.split('/')[0] ?? ''
      if (['inventory', 'git-history'].includes(analyzer))
        expect(engineMetricIds, `${item.id} → ${rule.metricId}`).toContain(rule.metricId)
    }
  })
})
