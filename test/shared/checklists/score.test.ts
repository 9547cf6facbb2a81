import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AnswerStatus } from '../../../src/shared/domain/checklist-answer'
import type { ChecklistItem } from '../../../src/shared/checklists/checklist-schema'
import { scoreItems } from '../../../src/shared/checklists/score'
import { StageRulesFileSchema, type StageRules } from '../../../src/shared/checklists/stage-rules'
import { item } from './fixtures'

const STAGES = StageRulesFileSchema.parse(
  JSON.parse(readFileSync(join(__dirname, '../../../resources/scoring/stages.json'), 'utf8')),
).stages

const answered = (entries: [Partial<ChecklistItem>, AnswerStatus | null][]) =>
  entries.map(([overrides, status], index) => ({ item: item({ id: `x.i${index}`, ...overrides }), status }))

describe('scoreItems', () => {
  it('weights yes as 1 and partly as 0.5 over the items answered yes, partly or no', () => {
    // (3·1 + 1·0.5 + 2·0) / (3 + 1 + 2) = 3.5 / 6
    const score = scoreItems(
      answered([
        [{ weight: 3 }, 'yes'],
        [{ weight: 1 }, 'partly'],
        [{ weight: 2 }, 'no'],
        [{ weight: 5 }, 'not-applicable'],
        [{ weight: 5 }, 'unknown'],
      ]),
      STAGES['pre-product'],
    )
    expect(score.score).toBeCloseTo(3.5 / 6, 10)
    expect(score.counts).toEqual({ yes: 1, partly: 1, no: 1, 'not-applicable': 1, unknown: 1, unanswered: 0 })
    // 3 definite answers of 4 applicable items (the unknown one counts against coverage)
    expect(score.coverage).toBe(0.75)
    expect(score.rating).toBe('amber')
  })

  it('never counts an unanswered item as a pass: too little coverage is "incomplete", not green', () => {
    const score = scoreItems(
      answered([
        [{}, 'yes'],
        [{}, null],
        [{}, null],
      ]),
      STAGES.growth,
    )
    expect(score.score).toBe(1)
    expect(score.counts.unanswered).toBe(2)
    expect(score.rating).toBe('incomplete')
    expect(scoreItems(answered([[{}, null]]), STAGES.growth)).toMatchObject({
      score: null,
      rating: 'incomplete',
    })
  })

  it('rates the same answers differently by stage: a high-severity "no" is a red flag only from product-market fit', () => {
    const answers = answered([
      [{ weight: 5, severity: 'high', id: 'x.backups' }, 'no'],
      ...Array.from({ length: 9 }, (): [Partial<ChecklistItem>, AnswerStatus] => [{ weight: 5 }, 'yes']),
    ])
    const preProduct = scoreItems(answers, STAGES['pre-product'])
    const growth = scoreItems(answers, STAGES.growth)
    expect(preProduct.score).toBeCloseTo(0.9, 10)
    expect(preProduct.rating).toBe('green')
    expect(growth.rating).toBe('red')
    expect(growth.redFlags.map((flagged) => flagged.id)).toEqual(['x.backups'])
  })

  it('treats "partly" on a critical item as a red flag at growth only', () => {
    const answers = answered([
      [{ severity: 'critical' }, 'partly'],
      [{}, 'yes'],
      [{}, 'yes'],
      [{}, 'yes'],
    ])
    expect(scoreItems(answers, STAGES['product-market-fit']).redFlags).toEqual([])
    expect(scoreItems(answers, STAGES.growth).rating).toBe('red')
  })

  it('applies the thresholds at their edges', () => {
    const rules: StageRules = { green: 0.8, amber: 0.5, minCoverage: 0, redFlags: { no: [], partly: [] } }
    const at = (yes: number, no: number) =>
      scoreItems(
        answered([
          ...Array.from({ length: yes }, (): [Partial<ChecklistItem>, AnswerStatus] => [{}, 'yes']),
          ...Array.from({ length: no }, (): [Partial<ChecklistItem>, AnswerStatus] => [{}, 'no']),
        ]),
        rules,
      ).rating
    expect(at(4, 1)).toBe('green')
    expect(at(3, 1)).toBe('amber')
    expect(at(1, 1)).toBe('amber')
    expect(at(1, 2)).toBe('red')
  })
})

describe('resources/scoring/stages.json', () => {
  it('raises the bar from stage to stage', () => {
    expect(STAGES['pre-product'].green).toBeLessThan(STAGES['product-market-fit'].green)
    expect(STAGES['product-market-fit'].green).toBeLessThan(STAGES.growth.green)
    expect(STAGES['pre-product'].redFlags.no).toEqual(['critical'])
  })
})
