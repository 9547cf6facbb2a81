import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isChromiumInstalled } from './harness/chromium'
import { launchApp, type LaunchedApp } from './harness/launch-app'

let app: LaunchedApp

describe.skipIf(!isChromiumInstalled())('engagements, in the real renderer', () => {
  beforeEach(async () => {
    app = await launchApp()
  })
  afterEach(async () => {
    expect(app.problems).toEqual({ consoleErrors: [], cspViolations: [], foreignRequests: [], ipcErrors: [] })
    await app.close()
  })

  it('creates, edits, keeps across a reload, and deletes an engagement', async () => {
    const { page } = app
    const dialog = page.getByRole('dialog')

    await page.getByText('No engagements yet').waitFor()
    await app.screenshot('01-engagements-empty')

    await page.getByRole('button', { name: 'Create your first engagement' }).click()
    await dialog.getByRole('button', { name: 'Create engagement' }).click()
    await dialog.getByText('Company name is required').waitFor()
    await app.screenshot('02-engagement-form-validation')

    await dialog.getByRole('textbox', { name: 'Company' }).fill('Northwind Analytics')
    await dialog.getByRole('combobox', { name: 'Stage' }).click()
    await page.getByRole('option', { name: 'Growth' }).click()
    await dialog.getByRole('textbox', { name: 'Start date' }).fill('4 Dec 2026')
    await page.keyboard.press('Tab')
    await dialog.getByRole('textbox', { name: 'End date' }).fill('23 Nov 2026')
    await page.keyboard.press('Tab')
    await dialog.getByRole('textbox', { name: 'Notes' }).fill('Series B technical due diligence for Fund IV.')
    await dialog.getByRole('button', { name: 'Create engagement' }).click()
    await dialog.getByText('The end date cannot be before the start date').waitFor()
    await dialog.getByRole('textbox', { name: 'End date' }).fill('18 Dec 2026')
    await page.keyboard.press('Tab')
    await dialog.getByRole('button', { name: 'Create engagement' }).click()

    await page.getByRole('heading', { name: 'Northwind Analytics', level: 2 }).waitFor()
    await expect(page.getByTestId('engagement-notes').textContent()).resolves.toBe(
      'Series B technical due diligence for Fund IV.',
    )
    await page.getByText('Growth', { exact: true }).first().waitFor()
    await page.getByText('4 Dec 2026', { exact: true }).waitFor()
    await page.getByText('18 Dec 2026', { exact: true }).waitFor()
    await dialog.waitFor({ state: 'detached' })
    await app.screenshot('03-engagement-created')

    await page.getByRole('button', { name: 'Edit' }).click()
    const company = dialog.getByRole('textbox', { name: 'Company' })
    await expect(company.inputValue()).resolves.toBe('Northwind Analytics')
    await company.fill('Northwind Analytics Ltd')
    await dialog.getByRole('combobox', { name: 'Stage' }).click()
    await page.getByRole('option', { name: 'Product–market fit' }).click()
    await dialog.getByRole('button', { name: 'Save changes' }).click()
    await page.getByRole('heading', { name: 'Northwind Analytics Ltd', level: 2 }).waitFor()

    await page.reload()
    await page.getByRole('heading', { name: 'Northwind Analytics Ltd', level: 2 }).waitFor()
    await page.getByText('Product–market fit', { exact: true }).first().waitFor()

    await page.getByRole('link', { name: 'Engagements' }).first().click()
    const rows = page.getByTestId('engagement-row')
    await rows.first().waitFor()
    await expect(rows.count()).resolves.toBe(1)
    await expect(rows.first().getByRole('link').textContent()).resolves.toBe('Northwind Analytics Ltd')
    await app.screenshot('04-engagements-list')

    await page.getByRole('button', { name: 'Delete Northwind Analytics Ltd' }).click()
    await dialog.getByText('It cannot be undone').waitFor()
    await app.screenshot('05-engagement-delete-confirmation')
    await dialog.getByRole('button', { name: 'Delete engagement' }).click()
    await page.getByText('No engagements yet').waitFor()

    await page.reload()
    await page.getByText('No engagements yet').waitFor()
    await expect(rows.count()).resolves.toBe(0)
  })

  it('can be driven from the keyboard alone', async () => {
    const { page } = app
    await page.getByText('No engagements yet').waitFor()

    await page.keyboard.press('Control+N')
    const company = page.getByRole('dialog').getByRole('textbox', { name: 'Company' })
    await company.waitFor()
    await expect(company.evaluate((element) => element === document.activeElement)).resolves.toBe(true)
    await page.keyboard.type('Contoso Health')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'Contoso Health', level: 2 }).waitFor()

    await page.getByRole('link', { name: 'Engagements' }).first().click()
    await page.getByTestId('engagement-row').first().waitFor()
    await page.keyboard.press('/')
    await page.keyboard.type('no such company')
    await page.getByText('No engagement matches these filters').waitFor()
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Clear filters' }).focus()
    await page.keyboard.press('Enter')
    await page.getByTestId('engagement-row').first().waitFor()
  })

  it('shows where the data lives, read from the main handlers', async () => {
    const { page } = app
    await page.getByRole('link', { name: 'Settings' }).click()
    await page.getByText('0.0.0-e2e').waitFor()
    await page.getByText(/diligent-e2e-.*clones/).waitFor()
    await app.screenshot('06-settings')
  })
})

describe.skipIf(!isChromiumInstalled())('the bridge to main, from the page', () => {
  beforeEach(async () => {
    app = await launchApp()
  })
  afterEach(async () => {
    await app.close()
  })

  it('refuses malformed requests and unsafe external links with clear errors', async () => {
    const results = await app.page.evaluate(async () => ({
      extraKey: await window.diligent.invoke('app:get-info', { sneaky: true } as never),
      unsafeLink: await window.diligent.invoke('shell:open-external', { url: 'file:///etc/passwd' }),
      safeLink: await window.diligent.invoke('shell:open-external', {
        url: 'https://owasp.org/www-project-asvs/',
      }),
    }))

    expect(results.extraKey).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(results.unsafeLink).toEqual({ ok: true, value: { opened: false } })
    expect(results.safeLink).toEqual({ ok: true, value: { opened: true } })
    expect(app.openedExternally).toEqual(['https://owasp.org/www-project-asvs/'])
  })

  it('delivers push events from main to subscribers until they unsubscribe', async () => {
    await app.page.evaluate(() => {
      const received: unknown[] = []
      Object.assign(window, { received })
      const unsubscribe = window.diligent.on('job:progress', (payload) => {
        received.push(payload)
        unsubscribe()
      })
    })
    const progress = {
      jobId: '3b241101-e2bb-4255-8caf-4136c566a962',
      phase: 'clone' as const,
      analyzerId: null,
      done: 1,
      total: 4,
      message: 'Cloning',
    }
    await expect
      .poll(async () => {
        app.server.emit('job:progress', progress)
        return app.page.evaluate(() => (window as unknown as { received: unknown[] }).received)
      })
      .toEqual([progress])
  })
})
