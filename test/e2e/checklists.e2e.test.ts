import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { buildSampleRepo } from '../../src/cli/sample-repo'
import { isChromiumInstalled } from './harness/chromium'
import { launchApp, type LaunchedApp } from './harness/launch-app'
import { addLocalRepoThroughUi, createEngagementThroughUi } from './harness/ui-steps'

let workDir: string
let sampleRepo: string
let app: LaunchedApp

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'diligent-e2e-checklists-'))
  sampleRepo = await buildSampleRepo(join(workDir, 'orderly-api'))
})
afterAll(() => rm(workDir, { recursive: true, force: true }))
afterEach(async () => {
  expect(app.problems).toEqual({ consoleErrors: [], cspViolations: [], foreignRequests: [], ipcErrors: [] })
  await app.close()
})

const currentItem = (page: Page) => page.getByTestId('checklist-item')
const chosenAnswer = (page: Page) => currentItem(page).getByRole('radio', { checked: true })

async function waitForItem(page: Page, itemId: string): Promise<void> {
  await page.locator(`[data-testid="checklist-item"][data-item-id="${itemId}"]`).waitFor()
}

describe.skipIf(!isChromiumInstalled())('guided checklists, in the real renderer', () => {
  it('answers a run of items from the keyboard beside the evidence, and keeps every answer and note across a reload', async () => {
    app = await launchApp({ pickedFolder: sampleRepo })
    const { page } = app
    page.setDefaultTimeout(10_000)
    await createEngagementThroughUi(page, 'Orderly')
    await addLocalRepoThroughUi(page, sampleRepo, 'orderly-api')
    await page.getByRole('button', { name: 'Analyse orderly-api' }).click()
    await page.getByTestId('repo-row').getByText('Analysed').waitFor({ timeout: 60_000 })

    await page.getByRole('link', { name: 'Open checklists' }).click()
    await page.getByRole('heading', { name: 'Checklists', level: 2 }).waitFor()
    await expect(page.getByTestId('checklist-card').count()).resolves.toBe(5)
    await app.screenshot('30-checklists')

    await page
      .getByTestId('checklist-card')
      .filter({ hasText: 'Team & delivery process' })
      .getByRole('link', { name: 'Start' })
      .click()
    await waitForItem(page, 'team-process.key-people.truck-factor')
    const suggestion = currentItem(page).getByTestId('suggestion')
    await expect(suggestion.textContent()).resolves.toContain('Suggested: No')
    await expect(suggestion.textContent()).resolves.toContain('Truck factor: 1')
    await app.screenshot('31-checklist-item-with-evidence')

    // S accepts the suggestion; J moves on; Y, P, U answer; E focuses the notes and Escape leaves them.
    await page.keyboard.press('s')
    await expect.poll(() => chosenAnswer(page).textContent()).toContain('No')
    await expect(currentItem(page).getByTestId('answer-provenance').textContent()).resolves.toContain(
      'decided by the auditor (accepting the suggestion)',
    )
    await page.keyboard.press('j')
    await waitForItem(page, 'team-process.key-people.knowledge-retained')
    await page.keyboard.press('y')
    await expect.poll(() => chosenAnswer(page).textContent()).toContain('Yes')
    await page.keyboard.press('j')
    await waitForItem(page, 'team-process.key-people.shared-ownership')
    await page.keyboard.press('p')
    await expect.poll(() => chosenAnswer(page).textContent()).toContain('Partly')
    await page.keyboard.press('e')
    await page.keyboard.type('Alice owns pricing alone; Dan is pairing with her from January.')
    await page.keyboard.press('Escape')
    await currentItem(page).getByTestId('notes-state').getByText('Saved').waitFor()
    await page.keyboard.press('j')
    // Answer only once the next item is shown: a key pressed sooner belongs to the item before.
    await page
      .locator(
        '[data-testid="checklist-item"]:not([data-item-id="team-process.key-people.shared-ownership"])',
      )
      .waitFor()
    await page.keyboard.press('u')
    await expect.poll(() => chosenAnswer(page).textContent()).toContain('Unknown')
    await expect
      .poll(() => page.getByTestId('checklist-progress').textContent())
      .toMatch(/^4 \/ \d+ answered$/)
    await app.screenshot('32-checklist-answered')

    await page.reload()
    await expect.poll(() => chosenAnswer(page).textContent()).toContain('Unknown')
    await page.keyboard.press('k')
    await waitForItem(page, 'team-process.key-people.shared-ownership')
    await expect(currentItem(page).getByRole('textbox', { name: 'Notes' }).inputValue()).resolves.toBe(
      'Alice owns pricing alone; Dan is pairing with her from January.',
    )
    await expect.poll(() => chosenAnswer(page).textContent()).toContain('Partly')
    await page.keyboard.press('Backspace')
    await expect.poll(() => chosenAnswer(page).count()).toBe(0)
    await expect
      .poll(() => page.getByTestId('checklist-progress').textContent())
      .toMatch(/^3 \/ \d+ answered$/)

    await page.getByText('No or partly', { exact: true }).click()
    await expect(
      page
        .getByLabel('Sections')
        .getByRole('button', { name: /survive losing any single engineer/ })
        .count(),
    ).resolves.toBe(1)
    await expect(
      page
        .getByLabel('Sections')
        .getByRole('button', { name: /most of the code still known/ })
        .count(),
    ).resolves.toBe(0)
  })
})
