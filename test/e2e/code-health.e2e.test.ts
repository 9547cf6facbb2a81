import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  ADA,
  GRACE,
  makeGitRepo,
  makeTempDir,
  removeTempDirs,
  type CommitSpec,
} from '../helpers/make-git-repo'
import { isChromiumInstalled } from './harness/chromium'
import { launchApp, type LaunchedApp } from './harness/launch-app'
import { addLocalRepoThroughUi, createEngagementThroughUi, waitForAnimationsToEnd } from './harness/ui-steps'

const DAY_MS = 24 * 60 * 60 * 1000
const daysAgo = (days: number): string => new Date(Date.now() - days * DAY_MS).toISOString()

/** A function deep enough in loops and branches to be over both complexity limits. */
const PRICE_ORDER = `import { pool } from '../db/pool'
import { toCents } from '../lib/money'

interface Line {
  sku: string
  quantity: number
  price: number
  discount?: number
}

// FIXME: rounding differs from the invoice service
export function priceOrder(lines: Line[], coupon: string | null, region: string): number {
  let total = 0
  for (const line of lines) {
    if (line.quantity <= 0) continue
    if (line.discount && line.discount > 0) {
      if (coupon && coupon.startsWith('VIP')) {
        total += line.price * line.quantity * (1 - line.discount * 2)
      } else if (coupon) {
        total += line.price * line.quantity * (1 - line.discount)
      } else {
        total += line.price * line.quantity
      }
    } else {
      for (let unit = 0; unit < line.quantity; unit++) {
        if (unit > 10 && region === 'EU') {
          total += line.price * 0.9
        } else if (unit > 10 || region === 'US') {
          total += line.price * 0.95
        } else {
          total += line.price
        }
      }
    }
    if (region === 'EU' && total > 1000) {
      total = total * 1.2
    } else if (region === 'UK' || region === 'CH') {
      total = total * 1.1
    }
  }
  return toCents(total)
}

export async function saveOrder(order: any): Promise<void> {
  // TODO: validate the order before saving it
  await pool.query('insert into orders values ($1)', [order])
}
`

const money = (revision: number): string => `import { formatAmount } from './format'

// Rounding rules, revision ${revision}
export function toCents(amount: number): number {
  return Math.round(amount * 100)
}

export function describeAmount(amount: number): string {
  return formatAmount(toCents(amount))
}
`

const FORMAT = `import { toCents } from './money'

export function formatAmount(cents: number): string {
  return (cents / 100).toFixed(2)
}

export function formatPrice(amount: number): string {
  // @ts-ignore the legacy callers pass strings
  return formatAmount(toCents(amount))
}
`

const POOL = `import { Pool } from 'pg'

export const pool = new Pool({ max: 10 })
`

const USERS = `import express from 'express'
import { pool } from '../db/pool'
import { priceOrder } from './orders'

export const router = express.Router()

router.get('/users/:id/quote', async (request, response) => {
  const rows = await pool.query('select * from carts where user_id = $1', [request.params.id])
  response.json({ total: priceOrder(rows.rows, null, 'EU') })
})
`

/** Copied between the migration and the seed script: a duplicated block the view must list. */
const NORMALISE_ADDRESS = `
export function normaliseAddress(input: { street: string; city: string; zip: string; country: string }) {
  const street = input.street.trim().replace(/\\s+/g, ' ')
  const city = input.city.trim().toUpperCase()
  const zip = input.zip.replace(/[^0-9A-Z]/gi, '').toUpperCase()
  const country = input.country.trim().slice(0, 2).toUpperCase()
  return { street, city, zip, country, label: [street, zip + ' ' + city, country].join(', ') }
}
`

const ORDERS_TEST = `import { describe, expect, it } from 'vitest'
import { toCents } from '../src/lib/money'

describe('toCents', () => {
  it('rounds', () => {
    expect(toCents(1.005)).toBe(101)
  })
})
`

const PACKAGE_JSON = JSON.stringify(
  {
    name: 'ledger',
    version: '1.0.0',
    dependencies: { express: '^4.19.0', pg: '^8.11.0' },
    devDependencies: { typescript: '^5.4.0', vitest: '^1.6.0' },
  },
  null,
  2,
)

/**
 * Ada wrote the pricing code long ago and has gone quiet; Grace kept changing it since. The lib
 * folder's two modules import each other, and `priceOrder` is complex: a hotspot, a cycle and a
 * worst function the view must show.
 */
function ledgerHistory(): CommitSpec[] {
  const commits: CommitSpec[] = [
    {
      author: ADA,
      date: daysAgo(400),
      message: 'Pricing and storage',
      files: {
        'package.json': PACKAGE_JSON,
        'tsconfig.json': JSON.stringify({ compilerOptions: { strict: false, target: 'ES2022' } }, null, 2),
        'src/api/orders.ts': PRICE_ORDER,
        'src/lib/money.ts': money(0),
        'src/lib/format.ts': FORMAT,
        'src/db/pool.ts': POOL,
      },
    },
  ]
  for (let change = 1; change <= 5; change += 1) {
    commits.push({
      author: ADA,
      date: daysAgo(380 - change * 20),
      message: `Pricing rule ${change}`,
      files: { 'src/api/orders.ts': `${PRICE_ORDER}\nexport const RULE_VERSION = ${change}\n` },
    })
  }
  commits.push(
    {
      author: GRACE,
      date: daysAgo(30),
      message: 'Quote endpoint',
      files: {
        'src/api/users.ts': USERS,
        'test/money.test.ts': ORDERS_TEST,
        'src/db/migrate.ts': `import { pool } from './pool'\n${NORMALISE_ADDRESS}`,
        'src/db/seed.ts': `export const SEED_ROWS = 10\n${NORMALISE_ADDRESS}`,
      },
    },
    {
      author: GRACE,
      date: daysAgo(10),
      message: 'Money tweak',
      files: { 'src/lib/money.ts': money(1) },
    },
  )
  return commits
}

let repo: string
let app: LaunchedApp

beforeAll(async () => {
  repo = await makeGitRepo(ledgerHistory(), {
    parentDir: await makeTempDir('diligent-e2e-code-health-'),
    name: 'ledger',
  })
})
afterAll(removeTempDirs)
afterEach(async () => {
  expect(app.problems).toEqual({ consoleErrors: [], cspViolations: [], foreignRequests: [], ipcErrors: [] })
  await app.close()
})

describe.skipIf(!isChromiumInstalled())('code health, in the real renderer with the real engine', () => {
  it('shows the complexity, hotspots, cycles and module graph measured from a crafted repository', async () => {
    app = await launchApp({ pickedFolder: repo })
    const { page } = app
    page.setDefaultTimeout(15_000)
    await createEngagementThroughUi(page, 'Ledger Co')
    await addLocalRepoThroughUi(page, repo, 'ledger')
    await page.getByRole('button', { name: 'Analyse ledger' }).click()
    await page.getByTestId('repo-row').getByText('Analysed').waitFor({ timeout: 60_000 })
    await page.getByRole('link', { name: 'ledger' }).click()
    await page.getByRole('heading', { name: 'ledger', level: 2 }).waitFor()

    await page.getByRole('tab', { name: 'Code health' }).click()
    const view = page.getByTestId('code-health')
    await view.waitFor()
    await expect(page.getByTestId('not-measured').count()).resolves.toBe(0)

    // Headline numbers from the engine, not placeholders.
    const stat = (label: string) => page.getByLabel(label, { exact: true }).locator('p').nth(1).textContent()
    await expect(stat('Functions measured').then(Number)).resolves.toBeGreaterThanOrEqual(8)
    await expect(stat('Complex functions')).resolves.toBe('1')
    await expect(stat('tsconfigs not strict')).resolves.toBe('1')
    await expect(stat('Import cycles')).resolves.toBe('1')
    await expect(stat('TODO / FIXME markers')).resolves.toBe('2')

    // The worst function, with a location to copy, sortable by another measure.
    const worst = page.getByRole('table', { name: 'Most complex functions' })
    const firstRow = worst.locator('tbody tr').first()
    await expect(firstRow.textContent()).resolves.toContain('priceOrder')
    await expect(firstRow.textContent()).resolves.toContain('src/api/orders.ts:12')
    await worst.getByRole('button', { name: 'Params' }).click()
    await expect(worst.getByRole('columnheader', { name: 'Params' }).getAttribute('aria-sort')).resolves.toBe(
      'descending',
    )
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    await worst.getByRole('button', { name: 'Copy src/api/orders.ts:12' }).click()
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('src/api/orders.ts:12')

    // The pricing file is the top hotspot, and the person who knows it is gone.
    const hotspotRow = page.getByRole('table', { name: 'Hotspots' }).locator('tbody tr').first()
    await expect(hotspotRow.textContent()).resolves.toContain('src/api/orders.ts')
    await expect(hotspotRow.textContent()).resolves.toContain('Ada Lovelace')
    await hotspotRow.getByText('inactive 90 days').waitFor()
    await page.getByTestId('hotspot-legend').getByText('src/api/orders.ts').waitFor()

    await expect(page.getByTestId('import-cycle').first().textContent()).resolves.toMatch(
      /src\/lib\/(money|format)\.ts → src\/lib\/(format|money)\.ts → src\/lib\/\1\.ts/,
    )
    await expect(page.getByTestId('group-graph').locator('g').count()).resolves.toBeGreaterThanOrEqual(2)
    await page.getByTestId('technologies').getByText('Express').waitFor()
    await page.getByTestId('technologies').getByText('PostgreSQL', { exact: true }).waitFor()
    await page.getByRole('table', { name: 'Truck factor by folder' }).getByText('src').waitFor()
    const fixme = page.getByRole('table', { name: 'Markers' }).locator('tbody tr').first()
    await fixme.getByText('FIXME', { exact: true }).waitFor()
    await expect(fixme.textContent()).resolves.toContain('src/api/orders.ts:11')

    const clone = page.getByRole('table', { name: 'Duplicated blocks' }).locator('tbody tr').first()
    await expect(clone.textContent()).resolves.toMatch(
      /src\/db\/(migrate|seed)\.ts:\d+-\d+.*src\/db\/(seed|migrate)\.ts:\d+-\d+/,
    )

    // A steady picture from the top: no tooltip left open by the copy button, no header mid-page.
    await page.mouse.move(0, 0)
    await page.evaluate(() => window.scrollTo(0, 0))
    await waitForAnimationsToEnd(page)
    await app.screenshot('code-health')

    // The matrix tells the same story in numbers; the tab survives a reload.
    await page.getByTestId('module-dependencies').getByText('Matrix').click()
    await page.getByTestId('group-matrix').waitFor()
    await page.reload()
    await page.getByTestId('code-health').waitFor()
  })
})
