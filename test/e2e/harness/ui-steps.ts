import type { Page } from 'playwright-core'
import { expect } from 'vitest'

/** Creates an engagement through the UI, as an auditor would, and waits for its page. */
export async function createEngagementThroughUi(page: Page, name: string): Promise<void> {
  await page
    .getByRole('button', { name: /New engagement|Create your first engagement/ })
    .first()
    .click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('textbox', { name: 'Company' }).fill(name)
  await dialog.getByRole('button', { name: 'Create engagement' }).click()
  await page.getByRole('heading', { name, level: 2 }).waitFor()
  await dialog.waitFor({ state: 'detached' })
}

/** Adds a local folder through the folder picker (the harness answers it with `folder`) and waits for its row. */
export async function addLocalRepoThroughUi(page: Page, folder: string, repoName: string): Promise<void> {
  await page.getByRole('button', { name: 'Add repository' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByText('Local folder').click()
  await dialog.getByRole('button', { name: 'Choose…' }).click()
  await expect.poll(() => dialog.getByRole('textbox', { name: 'Folder' }).inputValue()).toBe(folder)
  await dialog.getByRole('button', { name: 'Add repository' }).click()
  await page.getByTestId('repo-row').getByRole('link', { name: repoName }).waitFor()
}

/** Waits until finite animations (a notification sliding in, a pressed button) end, for a steady screenshot. */
export async function waitForAnimationsToEnd(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' || animation.effect?.getComputedTiming().iterations === Infinity,
      ),
  )
}
