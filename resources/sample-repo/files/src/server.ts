import express from 'express'
import { ordersRouter } from './routes/orders'
import { reportsRouter } from './routes/reports'

// Entry point of the Orderly API.
const app = express()
app.use(express.json())

app.use('/orders', ordersRouter)
app.use('/reports', reportsRouter)

/* Health check used by the load balancer.
   Keep it cheap: no database access here. */
app.get('/health', (_req, res) => {
  res.json({ ok: true })
})

const port = Number(process.env.PORT ?? 3000)
app.listen(port, () => {
  console.log(`orderly-api listening on ${port}`)
})
