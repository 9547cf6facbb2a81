import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { buildSampleRepo } from '../../src/cli/sample-repo'
import { isChromiumInstalled } from './harness/chromium'
import { launchApp, type LaunchedApp } from './harness/launch-app'
import { addLocalRepoThroughUi, createEngagementThroughUi, waitForAnimationsToEnd } from './harness/ui-steps'

let workDir: string
let sampleRepo: string
let app: LaunchedApp

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'diligent-e2e-backup-'))
  sampleRepo = await buildSampleRepo(join(workDir, 'orderly-api'))
})
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true })
})
afterEach(async () => {
  expect(app.problems).toEqual({ consoleErrors: [], cspViolations: [], foreignRequests: [], ipcErrors: [] })
  await app.close()
})

describe.skipIf(!isChromiumInstalled())('engagement backup and restore, in the real renderer', () => {
  it('backs up an engagement, and after it is deleted restores it with all its data', async () => {
    app = await launchApp({ pickedFolder: sampleRepo })
    const { page } = app
    const dialog = page.getByRole('dialog')
    const notifications = page.locator('.mantine-Notification-root')

    await createEngagementThroughUi(page, 'Orderly')
    await page.getByRole('button', { name: 'Edit' }).click()
    await dialog
      .getByRole('textbox', { name: 'Notes' })
      .fill('Seed round: the CTO asked for a bus-factor view.')
    await dialog.getByRole('button', { name: 'Save changes' }).click()
    await dialog.waitFor({ state: 'detached' })
    await addLocalRepoThroughUi(page, sampleRepo, 'orderly-api')
    await page.getByRole('button', { name: 'Analyse orderly-api' }).click()
    await page.getByTestId('repo-row').getByText('Analysed').waitFor({ timeout: 60_000 })
    await page.getByRole('link', { name: 'orderly-api' }).click()
    await page.getByRole('table', { name: 'Contributors' }).getByText('Alice Martin').waitFor()
    const findingCount = await page.getByTestId('finding').count()
    expect(findingCount).toBeGreaterThan(0)
    await page.getByRole('link', { name: 'Orderly' }).click()

    await page.getByRole('button', { name: 'Back up' }).click()
    await notifications.getByText('Backed up Orderly').waitFor()
    await waitForAnimationsToEnd(page)
    await app.screenshot('20-backup-saved')
    expect(app.savedBackups).toHaveLength(1)
    const saved = app.savedBackups[0]!
    expect(basename(saved)).toMatch(/^Orderly-\d{4}-\d{2}-\d{2}\.diligent-backup\.json$/)
    await notifications.getByText(saved).waitFor()
    const backup = JSON.parse(await readFile(saved, 'utf8'))
    expect(backup).toMatchObject({
      format: 'diligent-engagement-backup',
      formatVersion: 2,
      appVersion: '0.0.0-e2e',
      engagement: { name: 'Orderly', notes: 'Seed round: the CTO asked for a bus-factor view.' },
    })
    expect([backup.repos.length, backup.runs.length, backup.findings.length]).toEqual([1, 1, findingCount])

    await page.getByRole('button', { name: 'Delete' }).click()
    await dialog.getByRole('button', { name: 'Delete engagement' }).click()
    await page.getByText('No engagements yet').waitFor()

    await page.getByRole('button', { name: 'Restore from backup' }).click()
    await page.getByRole('heading', { name: 'Orderly', level: 2 }).waitFor()
    await notifications.getByText('Restored Orderly').waitFor()
    await notifications
      .getByText(
        `With 1 repository, 1 analysis run, ${findingCount} finding${findingCount === 1 ? '' : 's'}.`,
      )
      .waitFor()
    await expect(page.getByTestId('engagement-notes').textContent()).resolves.toBe(
      'Seed round: the CTO asked for a bus-factor view.',
    )
    await page.getByTestId('repo-row').getByText('Analysed').waitFor()
    await waitForAnimationsToEnd(page)
    await app.screenshot('21-backup-restored')

    await page.getByRole('link', { name: 'orderly-api' }).click()
    await page.getByRole('table', { name: 'Contributors' }).getByText('Alice Martin').waitFor()
    await expect(page.getByTestId('finding').count()).resolves.toBe(findingCount)
    await expect(page.getByTestId('run-row').count()).resolves.toBe(1)

    await page.reload()
    await page.getByRole('table', { name: 'Contributors' }).getByText('Alice Martin').waitFor()

    await page.getByRole('link', { name: 'Engagements' }).first().click()
    await page.getByRole('button', { name: 'Restore from backup' }).click()
    await notifications
      .getByText(
        'Orderly is already in Diligent. Delete it first if you want to replace it with this backup. ' +
          'Nothing was changed.',
      )
      .waitFor()
    await waitForAnimationsToEnd(page)
    await app.screenshot('22-backup-refused-already-here')
    await expect(page.getByTestId('engagement-row').count()).resolves.toBe(1)
  })

  it('refuses a file that is not a backup, saying so, and changes nothing', async () => {
    const foreign = join(workDir, 'package.json')
    await writeFile(foreign, JSON.stringify({ name: 'left-pad', version: '1.3.0' }))
    app = await launchApp({ backupToOpen: foreign })
    const { page } = app
    await page.getByText('No engagements yet').waitFor()

    await page.getByRole('button', { name: 'Restore from backup' }).click()

    const refusal = page.locator('.mantine-Notification-root')
    await refusal.getByText('Could not restore package.json').waitFor()
    await refusal.getByText('This file is not a Diligent engagement backup. Nothing was changed.').waitFor()
    await waitForAnimationsToEnd(page)
    await app.screenshot('23-backup-refused-foreign-file')
    await page.getByText('No engagements yet').waitFor()
  })
})
