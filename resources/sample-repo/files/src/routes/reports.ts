import { Router } from 'express'
import { query } from '../db/client'

export const reportsRouter = Router()

// GET /reports/revenue?groupBy=month
reportsRouter.get('/revenue', async (req, res) => {
  const groupBy = String(req.query.groupBy ?? 'month')
  // The formula comes from the finance team's spreadsheet.
  const formula = String(req.query.formula ?? 'total')
  const rows = await query(`SELECT date_trunc('${groupBy}', created_at) AS period, total FROM orders`)
  const sums: Record<string, number> = {}
  for (const row of rows) {
    const total = row.total
    sums[row.period] = (sums[row.period] ?? 0) + eval(formula)
  }
  res.json(sums)
})
