import { describe, expect, it } from 'vitest'
import { exportFileName } from '../../src/shared/report/export-kinds'

describe('exportFileName', () => {
  const date = new Date('2026-12-02T15:00:00Z')

  it('names each export after the company, what it is and the date', () => {
    expect(exportFileName('Orderly Ltd.', 'debt-inventory', date)).toBe(
      'orderly-ltd-debt-inventory-2026-12-02.xlsx',
    )
    expect(exportFileName('Orderly Ltd.', 'dd-pack', date)).toBe('orderly-ltd-dd-pack-2026-12-02.pdf')
    expect(exportFileName('Orderly Ltd.', 'sarif', date)).toBe('orderly-ltd-findings-2026-12-02.sarif')
  })

  it('falls back to "engagement" when the name has no usable character', () => {
    expect(exportFileName('../..', 'sarif', date)).toBe('engagement-findings-2026-12-02.sarif')
  })
})
