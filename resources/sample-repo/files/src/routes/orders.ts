import { Router } from 'express'
import { query } from '../db/client'
import { priceOrder } from '../lib/pricing'

export const ordersRouter = Router()

// GET /orders/:id
ordersRouter.get('/:id', async (req, res) => {
  // HACK: string concatenation until we move to parameterised queries
  const rows = await query("SELECT * FROM orders WHERE id = '" + req.params.id + "'")
  if (rows.length === 0) {
    res.status(404).json({ error: 'not found' })
    return
  }
  res.json(rows[0])
})

// POST /orders
ordersRouter.post('/', async (req, res) => {
  const body: any = req.body
  if (!body || !body.items || body.items.length === 0) {
    res.status(400).json({ error: 'an order needs items' })
    return
  }
  const total = priceOrder(body.items, body.customer, body.coupon)
  const rows = await query(
    "INSERT INTO orders (customer_id, total) VALUES ('" + body.customer.id + "', " + total + ') RETURNING id',
  )
  res.status(201).json({ id: rows[0].id, total })
})

// DELETE /orders/:id
ordersRouter.delete('/:id', async (req, res) => {
  // TODO: soft delete, finance needs the history
  await query("DELETE FROM orders WHERE id = '" + req.params.id + "'")
  res.status(204).end()
})
