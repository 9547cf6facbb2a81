import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { buildSampleRepo } from '../../src/cli/sample-repo'
import { isChromiumInstalled } from './harness/chromium'
import { launchApp, type LaunchedApp } from './harness/launch-app'
import { addLocalRepoThroughUi, createEngagementThroughUi } from './harness/ui-steps'

let workDir: string
let sampleRepo: string
let app: LaunchedApp

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'diligent-e2e-debt-'))
  sampleRepo = await buildSampleRepo(join(workDir, 'orderly-api'))
})
afterAll(() => rm(workDir, { recursive: true, force: true }))
afterEach(async () => {
  expect(app.problems).toEqual({ consoleErrors: [], cspViolations: [], foreignRequests: [], ipcErrors: [] })
  await app.close()
})

const SYNTHETIC_FINDINGS = 20_000

describe.skipIf(!isChromiumInstalled())('debt inventory and exports, in the real renderer', () => {
  it('triages debt items, exports both deliverables, and stays smooth with 20,000 items', async () => {
    app = await launchApp({ pickedFolder: sampleRepo })
    const { page } = app
    page.setDefaultTimeout(15_000)
    await createEngagementThroughUi(page, 'Orderly')
    await addLocalRepoThroughUi(page, sampleRepo, 'orderly-api')
    await page.getByRole('button', { name: 'Analyse orderly-api' }).click()
    await page.getByTestId('repo-row').getByText('Analysed').waitFor({ timeout: 60_000 })

    await page.getByRole('link', { name: 'Open debt inventory' }).click()
    await page.getByRole('heading', { name: 'Debt inventory', level: 2 }).waitFor()
    const rows = page.getByTestId('debt-row')
    await rows.first().waitFor()
    const itemCount = await rows.count()
    expect(itemCount).toBeGreaterThan(0)

    // Triage the top item in its drawer.
    await rows.first().click()
    const drawer = page.getByRole('dialog')
    await expect(drawer.getByTestId('priority-explanation').textContent()).resolves.toMatch(
      /impact \d+\) × .* = [\d.]+/,
    )
    await drawer.getByRole('textbox', { name: 'Owner' }).fill('Dana (CTO)')
    await drawer.getByLabel('Status', { exact: true }).click()
    await page.getByRole('option', { name: 'Planned' }).click()
    await drawer.getByRole('button', { name: 'Save' }).click()
    await drawer.waitFor({ state: 'detached' })
    await expect.poll(() => rows.first().textContent()).toContain('Dana (CTO)')
    await expect(rows.first().textContent()).resolves.toContain('Planned')
    await app.screenshot('40-debt-inventory')

    // Export both deliverables through their dialogs; read the files back.
    await page.getByRole('link', { name: 'Orderly' }).click()
    await page.getByRole('button', { name: 'Export debt inventory (.xlsx)' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Export XLSX…' }).click()
    await page.getByRole('dialog').waitFor({ state: 'detached' })
    await page.getByRole('button', { name: 'Export due-diligence pack (.pdf)' }).click()
    await page.getByRole('dialog').getByRole('textbox', { name: 'Auditor' }).fill('Sam Reviewer')
    await page.getByRole('dialog').getByRole('button', { name: 'Export PDF…' }).click()
    await page.getByRole('dialog').waitFor({ state: 'detached' })
    expect(app.savedExports.map((path) => path.split('/').at(-1))).toEqual([
      expect.stringMatching(/^orderly-debt-inventory-\d{4}-\d{2}-\d{2}\.xlsx$/),
      expect.stringMatching(/^orderly-dd-pack-\d{4}-\d{2}-\d{2}\.pdf$/),
    ])
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(app.savedExports[0] ?? '')
    const inventory = workbook.getWorksheet('Debt inventory')
    expect(inventory?.actualRowCount).toBe(itemCount + 1)
    expect(JSON.stringify(inventory?.getSheetValues())).toContain('Dana (CTO)')
    expect((await readFile(app.savedExports[1] ?? '')).subarray(0, 5).toString()).toBe('%PDF-')

    // 20,000 findings in the latest run: the table keeps only the rows in view in the DOM.
    await page.evaluate(async (count) => {
      const open = indexedDB.open('diligent')
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result)
        open.onerror = () => reject(open.error)
      })
      const read = db.transaction('repos').objectStore('repos').getAll()
      const [repo] = await new Promise<{ id: string; engagementId: string; lastRunId: string }[]>(
        (resolve) => {
          read.onsuccess = () => resolve(read.result)
        },
      )
      if (!repo) throw new Error('no repository')
      const transaction = db.transaction('findings', 'readwrite')
      const store = transaction.objectStore('findings')
      for (let index = 0; index < count; index += 1)
        store.put({
          id: `synthetic-${index}`,
          engagementId: repo.engagementId,
          repoId: repo.id,
          runId: repo.lastRunId,
          fingerprint: `synthetic-${index}`,
          ruleId: `synthetic/rule-${index % 50}`,
          category: 'debt',
          severity: ['high', 'medium', 'low'][index % 3],
          title: `Synthetic finding ${index}`,
          explanation: '',
          location: { path: `src/area-${index}/file.ts`, line: 1, column: null },
          evidence: null,
          effortMinutes: 60,
          remediation: '',
          references: [],
        })
      await new Promise((resolve) => (transaction.oncomplete = resolve))
      db.close()
    }, SYNTHETIC_FINDINGS)
    // Written behind Dexie's back, so a fresh page (a restart) is what sees them.
    await page.reload()
    await page.getByRole('link', { name: 'Open debt inventory' }).click()
    await expect
      .poll(() => page.getByTestId('debt-count').textContent(), { timeout: 30_000 })
      .toBe(`${SYNTHETIC_FINDINGS + itemCount} shown`)
    expect(await rows.count()).toBeLessThan(80)
    await page.getByRole('textbox', { name: 'Search debt items' }).fill('Synthetic finding 19999')
    await expect.poll(() => page.getByTestId('debt-count').textContent()).toBe('1 shown')
    await app.screenshot('41-debt-inventory-search')
  })
})
