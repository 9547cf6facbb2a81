import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { buildSampleRepo } from '../../src/cli/sample-repo'
import type { runAudit } from '../../src/main/engine'
import { isChromiumInstalled } from './harness/chromium'
import { launchApp, type LaunchedApp } from './harness/launch-app'
import { createEngagementThroughUi } from './harness/ui-steps'

let workDir: string
let sampleRepo: string
let app: LaunchedApp

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'diligent-e2e-sample-'))
  sampleRepo = await buildSampleRepo(join(workDir, 'orderly-api'))
})
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true })
})
afterEach(async () => {
  expect(app.problems).toEqual({ consoleErrors: [], cspViolations: [], foreignRequests: [], ipcErrors: [] })
  await app.close()
})

/** Lets the first analysis through and holds every later one until it is cancelled. */
function holdLaterRuns(audit: typeof runAudit): typeof runAudit {
  let calls = 0
  return async (spec, options, hooks = {}) => {
    calls += 1
    if (calls === 1) return audit(spec, options, hooks)
    hooks.onProgress?.({ phase: 'clone', analyzerId: null, done: 0, total: null, message: 'Fetching origin' })
    await new Promise<never>((_resolve, reject) => {
      hooks.signal?.addEventListener('abort', () => reject(new DOMException('Cancelled', 'AbortError')), {
        once: true,
      })
    })
    throw new Error('unreachable')
  }
}

async function addSampleRepo(app: LaunchedApp): Promise<void> {
  const { page } = app
  await page.getByRole('button', { name: 'Add repository' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByText('Local folder').click()
  await dialog.getByRole('button', { name: 'Choose…' }).click()
  await expect.poll(() => dialog.getByRole('textbox', { name: 'Folder' }).inputValue()).toBe(sampleRepo)
  await dialog.getByRole('button', { name: 'Add repository' }).click()
  await page.getByTestId('repo-row').getByRole('link', { name: 'orderly-api' }).waitFor()
}

describe.skipIf(!isChromiumInstalled())('repositories, in the real renderer with the real engine', () => {
  it('adds the sample repository, analyses it, and shows an overview that survives a reload', async () => {
    app = await launchApp({ pickedFolder: sampleRepo })
    const { page } = app
    await createEngagementThroughUi(page, 'Orderly')
    await addSampleRepo(app)

    await page.getByRole('button', { name: 'Analyse orderly-api' }).click()
    await page.getByTestId('repo-row').getByText('Analysed').waitFor({ timeout: 60_000 })
    await app.screenshot('10-repositories')

    await page.getByRole('link', { name: 'orderly-api' }).click()
    await page.getByRole('heading', { name: 'orderly-api', level: 2 }).waitFor()
    const truckFactor = page.getByLabel('Truck factor', { exact: true })
    await expect(truckFactor.textContent()).resolves.toContain('1')
    await page.getByRole('table', { name: 'Contributors' }).getByText('Alice Martin').waitFor()
    await page.getByRole('table', { name: 'Languages' }).getByText('TypeScript').waitFor()
    await expect(page.getByTestId('finding').count()).resolves.toBeGreaterThan(0)
    await app.screenshot('11-repository-overview')
    await page.getByRole('button', { name: 'Export SBOM' }).click()
    await expect.poll(() => app.savedExports.at(-1) ?? '').toMatch(/orderly-api-sbom\.cdx\.json$/)

    await page.reload()
    await page.getByRole('table', { name: 'Contributors' }).getByText('Alice Martin').waitFor()
    await expect(page.getByTestId('run-row').count()).resolves.toBe(1)
  })

  it('cancels a running analysis and keeps the previous result', async () => {
    app = await launchApp({ pickedFolder: sampleRepo, wrapAudit: holdLaterRuns })
    const { page } = app
    await createEngagementThroughUi(page, 'Orderly')
    await addSampleRepo(app)
    await page.getByRole('button', { name: 'Analyse orderly-api' }).click()
    await page.getByTestId('repo-row').getByText('Analysed').waitFor({ timeout: 60_000 })

    await page.getByRole('link', { name: 'orderly-api' }).click()
    await page.getByRole('button', { name: 'Analyse again' }).click()
    const progress = page.getByTestId('analysis-progress')
    await progress.getByText('Fetching the repository · Fetching origin').waitFor()
    await app.screenshot('12-analysis-running')
    await progress.getByRole('button', { name: 'Cancel' }).click()

    await page.locator('[data-testid="run-row"][data-status="cancelled"]').waitFor()
    await expect(page.locator('[data-testid="run-row"][data-status="succeeded"]').count()).resolves.toBe(1)
    await page.getByRole('table', { name: 'Contributors' }).getByText('Alice Martin').waitFor()
    await page.getByRole('button', { name: 'Analyse again' }).waitFor()
  })
})
