import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { buildSampleRepo } from '../../src/cli/sample-repo'
import type { SarifLog } from '../../src/main/exports/sarif/sarif-log'
import { isChromiumInstalled } from './harness/chromium'
import { launchApp, type LaunchedApp } from './harness/launch-app'
import { addLocalRepoThroughUi, createEngagementThroughUi } from './harness/ui-steps'

const FIXTURES = resolve('test/fixtures/sarif')

let workDir: string
let sampleRepo: string
let app: LaunchedApp

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'diligent-e2e-sarif-'))
  sampleRepo = await buildSampleRepo(join(workDir, 'orderly-api'))
})
afterAll(() => rm(workDir, { recursive: true, force: true }))
afterEach(async () => {
  expect(app.problems).toEqual({ consoleErrors: [], cspViolations: [], foreignRequests: [], ipcErrors: [] })
  await app.close()
})

describe.skipIf(!isChromiumInstalled())('importing another tool\u2019s SARIF, in the real renderer', () => {
  it('refuses a file it cannot read, imports Semgrep results into the debt inventory, exports them as SARIF, and removes them', async () => {
    app = await launchApp({
      pickedFolder: sampleRepo,
      sarifFiles: [join(FIXTURES, 'wrong-version.sarif'), join(FIXTURES, 'semgrep.sarif')],
    })
    const { page } = app
    page.setDefaultTimeout(15_000)
    await createEngagementThroughUi(page, 'Orderly')
    await addLocalRepoThroughUi(page, sampleRepo, 'orderly-api')
    await page.getByTestId('repo-row').getByRole('link', { name: 'orderly-api' }).click()
    const card = page.getByTestId('imported-results')

    await card.getByRole('button', { name: 'Import SARIF…' }).click()
    await expect
      .poll(() => card.getByRole('alert').textContent())
      .toContain(
        'wrong-version.sarif is SARIF version 2.0.0-csd.2.beta.2019-01-24; Diligent reads SARIF 2.1.0 only. Nothing was imported.',
      )

    // The refusal reached main's error log as it should; taken out so the check after the test sees the rest.
    expect(app.problems.ipcErrors.splice(0)).toEqual([
      expect.stringMatching(/^sarif:import: SarifRefusedError: /),
    ])

    await card.getByRole('button', { name: 'Import SARIF…' }).click()
    const row = card.getByRole('row', { name: /Semgrep OSS/ })
    await row.waitFor()
    await expect(row.textContent()).resolves.toMatch(/^Semgrep OSS 1\.52\.0semgrep\.sarif.*2Remove$/)
    await expect(card.getByRole('alert').count()).resolves.toBe(0)
    await app.screenshot('70-imported-results')

    await page.getByRole('link', { name: 'Orderly' }).click()
    await page.getByRole('link', { name: 'Open debt inventory' }).click()
    await page.getByRole('heading', { name: 'Debt inventory', level: 2 }).waitFor()
    const rows = page.getByTestId('debt-row')
    await expect.poll(() => rows.count()).toBe(2)
    const inventory = (await rows.allTextContents()).join('\n')
    expect(inventory).toContain('Detected string concatenation with a non-literal variable')
    expect(inventory).toContain('A CSRF middleware was not detected')
    // The imported rule ids are searchable like the engine's.
    await page
      .getByRole('textbox', { name: 'Search debt items' })
      .fill('sarif/semgrep-oss/javascript.lang.security.audit.sqli')
    await expect.poll(() => rows.count()).toBe(1)
    await rows.first().click()
    const drawer = page.getByRole('dialog')
    await expect.poll(() => drawer.textContent()).toContain('src/db/orders.js:21')
    await expect(drawer.textContent()).resolves.toMatch(/highsecurity · orderly-api/)
    await page.keyboard.press('Escape')
    await drawer.waitFor({ state: 'detached' })

    // Out again as SARIF, with the imported rule ids and locations.
    await page.getByRole('link', { name: 'Orderly' }).click()
    await page.getByRole('button', { name: 'Export findings (.sarif)' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Export SARIF…' }).click()
    await page.getByRole('dialog').waitFor({ state: 'detached' })
    expect(app.savedExports.map((path) => basename(path))).toEqual([
      expect.stringMatching(/^orderly-findings-\d{4}-\d{2}-\d{2}\.sarif$/),
    ])
    const exported = JSON.parse(await readFile(app.savedExports[0] ?? '', 'utf8')) as SarifLog
    expect(exported.runs[0]?.results.map((result) => result.ruleId).sort()).toEqual([
      'sarif/semgrep-oss/javascript.express.security.audit.express-check-csurf-middleware-usage.express-check-csurf-middleware-usage',
      'sarif/semgrep-oss/javascript.lang.security.audit.sqli.node-postgres-sqli.node-postgres-sqli',
    ])
    expect(JSON.stringify(exported)).toContain('"uri":"src/db/orders.js"')

    await page.getByTestId('repo-row').getByRole('link', { name: 'orderly-api' }).click()
    await card.getByRole('button', { name: 'Remove the Semgrep OSS results' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click()
    await row.waitFor({ state: 'detached' })
  })
})
