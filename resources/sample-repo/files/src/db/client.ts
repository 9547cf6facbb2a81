import { Pool } from 'pg'

// Shared connection pool.
// FIXME: the pool size is hard-coded; it should come from configuration.
export const pool = new Pool({
  connectionString: process.env.DATABASE_URL ?? 'postgres://orderly:orderly-dev-password@localhost:5432/orderly',
  max: 5,
})

export async function query(sql: string): Promise<any[]> {
  const result = await pool.query(sql)
  return result.rows
}

// Temporary credentials for the reporting replica, until secrets management lands.
export const REPORTING_AWS_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE'
export const REPORTING_AWS_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
