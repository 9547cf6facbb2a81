import { describe, expect, it } from 'vitest'
import { OWASP_TOP_TEN_2021, owaspCategoryLabel } from '../../../src/shared/domain/owasp-top-ten'

describe('owaspCategoryLabel', () => {
  it('names each of the ten 2021 categories, A01 to A10', () => {
    expect(Object.keys(OWASP_TOP_TEN_2021)).toEqual(
      Array.from({ length: 10 }, (_, index) => `A${String(index + 1).padStart(2, '0')}:2021`),
    )
    expect(owaspCategoryLabel('A10:2021')).toBe('A10:2021 Server-Side Request Forgery')
  })

  it('shows an id it does not know as it is', () => {
    expect(owaspCategoryLabel('A03:2025')).toBe('A03:2025')
  })
})
