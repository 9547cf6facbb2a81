import { describe, expect, it } from 'vitest'
import { createTestedCheck, testStem } from '../../../src/main/engine/hotspots/test-names'

describe('testStem', () => {
  it.each([
    ['src/billing/invoice.ts', 'invoice'],
    ['src/billing/invoice.test.ts', 'invoice'],
    ['src/billing/Invoice.spec.tsx', 'invoice'],
    ['pkg/invoice_test.go', 'invoice'],
    ['tests/test_invoice.py', 'invoice'],
    ['src/test/java/InvoiceTest.java', 'invoice'],
    ['.eslintrc.js', '.eslintrc'],
  ])('%s → %s', (path, stem) => {
    expect(testStem(path)).toBe(stem)
  })
})

describe('createTestedCheck', () => {
  const isTested = createTestedCheck([
    'src/billing/invoice.ts',
    'src/billing/invoice.test.ts',
    'src/users/profile.ts',
    'src/users/__tests__/session.ts',
    'src/users/session.ts',
    'lib/payments.py',
    'tests/test_payments.py',
  ])

  it('finds a test file of the same name, wherever it lives', () => {
    expect(isTested('src/billing/invoice.ts')).toBe(true)
    expect(isTested('src/users/session.ts')).toBe(true)
    expect(isTested('lib/payments.py')).toBe(true)
  })

  it('says untested when no test file has the name, and never calls a test file tested', () => {
    expect(isTested('src/users/profile.ts')).toBe(false)
    expect(isTested('src/billing/invoice.test.ts')).toBe(false)
  })
})
