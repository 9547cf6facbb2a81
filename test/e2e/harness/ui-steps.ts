import type { Page } from 'playwright-core'

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
