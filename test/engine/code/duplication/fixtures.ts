import { TokenBuffer } from '../../../../src/main/engine/code/duplication/token-buffer'
import { tokenize } from '../../../../src/main/engine/code/duplication/tokenize'

/** 60 tokens over 8 lines: a clone at jscpd's defaults (50 tokens, 5 lines) when copied whole. */
export const BLOCK_60 = `function invoiceTotal(items, taxRate) {
  let subtotal = 0
  for (const item of items) {
    if (item.quantity > 0) subtotal += item.price * item.quantity
  }
  const tax = Math.round(subtotal * taxRate * 100) / 100
  return [subtotal, tax]
}
`

/** The same 60 tokens laid out over 10 lines, with comments and blank lines. */
export const BLOCK_60_REFORMATTED = `function invoiceTotal(items,   taxRate) {
  /* running total */ let subtotal = 0

  for (const item of items) {
      if (item.quantity > 0)
        subtotal += item.price * item.quantity // one line's amount
  }
  const tax = Math.round(subtotal * taxRate * 100) / 100
  return [subtotal, tax]
}
`

/** The same 60 tokens on 4 lines: one line short of a clone. */
export const BLOCK_60_ON_FOUR_LINES = `function invoiceTotal(items, taxRate) { let subtotal = 0
  for (const item of items) { if (item.quantity > 0) subtotal += item.price * item.quantity }
  const tax = Math.round(subtotal * taxRate * 100) / 100
  return [subtotal, tax] }
`

/** BLOCK_60 with two variables renamed: the same shape, but no 50 equal tokens in a row. */
export const BLOCK_60_RENAMED = `function invoiceTotal(items, taxRate) {
  let sum = 0
  for (const line of items) {
    if (line.quantity > 0) sum += line.price * line.quantity
  }
  const tax = Math.round(sum * taxRate * 100) / 100
  return [sum, tax]
}
`

/** 49 tokens over 8 lines: one token short of a clone. */
export const BLOCK_49 = `function invoiceTotal(items, taxRate) {
  let subtotal = 0
  for (const item of items) {
    if (item.quantity > 0) subtotal += item.price * item.quantity
  }
  const tax = subtotal * taxRate
  return subtotal + tax
}
`

/** A React component of 63 tokens over 9 lines, with JSX text the plain scanner would misread. */
export const JSX_BLOCK = `export function PriceTag({ price, currency }) {
  const label = new Intl.NumberFormat('en', { style: 'currency', currency }).format(price)
  return (
    <span className="price-tag" title={label}>
      Don't pay {label} twice
      <small>{currency}</small>
    </span>
  )
}
`

/** Tokens in `text` as the detector counts them. */
export function tokenCount(text: string, jsx = false): number {
  const buffer = new TokenBuffer()
  tokenize(text, jsx, buffer)
  return buffer.count
}
