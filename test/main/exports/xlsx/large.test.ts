import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDebtInventoryWorkbook } from '../../../../src/main/exports/xlsx/workbook'
import type { AuditSnapshot } from '../../../../src/shared/report/audit-snapshot'
import { removeTempDirs } from '../../../helpers/make-git-repo'
import { sampleSnapshot, withManyFindings } from '../../../helpers/snapshots'
import { readWorkbook } from './xlsx-parts'

/** 20,000 findings, each its own debt item: it must finish (speed is measured by the bench, not here). */
const COUNT = 20_000

let base: AuditSnapshot

beforeAll(async () => {
  base = await sampleSnapshot()
}, 60_000)

afterAll(removeTempDirs)

describe('buildDebtInventoryWorkbook at scale', () => {
  it('writes 20,000 findings and 20,000 debt items, sorted, filterable and validated', async () => {
    const snapshot = withManyFindings(base, COUNT)
    const workbook = await readWorkbook(await buildDebtInventoryWorkbook(snapshot))

    const findings = workbook.getWorksheet('Findings')!
    const inventory = workbook.getWorksheet('Debt inventory')!
    expect(findings.rowCount).toBe(1 + base.findings.length + COUNT)
    expect(inventory.rowCount).toBe(1 + base.debtItems.length + COUNT)
    expect(findings.autoFilter).toBe(`A1:N${findings.rowCount}`)
    expect(inventory.autoFilter).toBe(`A1:P${inventory.rowCount}`)

    const priorities: number[] = []
    inventory.getColumn('K').eachCell((cell, row) => {
      if (row > 1) priorities.push(cell.value as number)
    })
    expect(priorities).toHaveLength(snapshot.debtItems.length)
    expect(priorities[0]).toBe(COUNT)
    expect(priorities.every((value, index) => index === 0 || priorities[index - 1]! >= value)).toBe(true)
    expect(inventory.getCell(`L${inventory.rowCount}`).dataValidation?.type).toBe('list')
  }, 180_000)
})
