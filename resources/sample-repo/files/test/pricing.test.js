const test = require('node:test')
const assert = require('node:assert')
const { priceOrder } = require('../dist/lib/pricing')

test('applies the welcome coupon', () => {
  assert.strictEqual(priceOrder([{ sku: 'A', quantity: 1, unitPrice: 100 }], null, 'WELCOME10'), 90)
})
