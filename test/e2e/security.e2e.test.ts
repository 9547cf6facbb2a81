import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ADA, GRACE, makeGitRepo, makeTempDir, removeTempDirs } from '../helpers/make-git-repo'
import { isChromiumInstalled } from './harness/chromium'
import { launchApp, type LaunchedApp } from './harness/launch-app'
import { addLocalRepoThroughUi, createEngagementThroughUi, waitForAnimationsToEnd } from './harness/ui-steps'

/** Put together at run time, so no secret scanner (nor this app) finds a whole key in this file. */
const FAKE_AWS_KEY = ['AK', 'IA', 'A37Y6RPD', '33WC', 'EVWQ'].join('')

let repo: string
let app: LaunchedApp

beforeAll(async () => {
  repo = await makeGitRepo(
    [
      {
        author: ADA,
        date: '2026-05-01T10:00:00Z',
        message: 'Billing client',
        files: {
          'src/billing.ts': `export const billing = {\n  region: 'eu-west-1',\n  accessKeyId: '${FAKE_AWS_KEY}',\n}\n`,
          'README.md': '# Vault\n',
          // One insecure construct: a shell command built from a value.
          'src/convert.ts':
            "import { exec } from 'node:child_process'\nexport const convert = (name: string) => exec(`convert ${name} out.png`)\n",
        },
      },
      {
        author: GRACE,
        date: '2026-06-01T10:00:00Z',
        message: 'Production settings',
        files: { '.env': 'NODE_ENV=production\nPORT=3000\n' },
      },
    ],
    { parentDir: await makeTempDir('diligent-e2e-security-'), name: 'vault' },
  )
})
afterAll(removeTempDirs)
afterEach(async () => {
  expect(app.problems).toEqual({ consoleErrors: [], cspViolations: [], foreignRequests: [], ipcErrors: [] })
  await app.close()
})

describe.skipIf(!isChromiumInstalled())('security, in the real renderer with the real engine', () => {
  it('shows a committed AWS key redacted, never whole, and the committed .env file', async () => {
    app = await launchApp({ pickedFolder: repo })
    const { page } = app
    page.setDefaultTimeout(15_000)
    await createEngagementThroughUi(page, 'Vault Co')
    await addLocalRepoThroughUi(page, repo, 'vault')
    await page.getByRole('button', { name: 'Analyse vault' }).click()
    await page.getByTestId('repo-row').getByText('Analysed').waitFor({ timeout: 60_000 })
    await page.getByRole('link', { name: 'vault' }).click()
    await page.getByRole('heading', { name: 'vault', level: 2 }).waitFor()

    await page.getByRole('tab', { name: 'Security' }).click()
    await page.getByTestId('security').waitFor()
    const stat = (label: string) => page.getByLabel(label, { exact: true }).locator('p').nth(1).textContent()
    await expect(stat('Secrets found')).resolves.toBe('2')
    await expect(stat('.env and key files')).resolves.toBe('1')

    const table = page.getByRole('table', { name: 'Secrets' })
    const keyRow = table.locator('tbody tr', { hasText: 'AWS access key ID' })
    await expect(keyRow.textContent()).resolves.toMatch(/src\/billing\.ts:3.*AKIA…#[0-9a-f]{16}/)
    await table.locator('tbody tr', { hasText: 'Environment file committed' }).getByText('.env').waitFor()

    // Neither the whole key nor its secret part is anywhere in the page's markup.
    expect(await page.content()).not.toContain(FAKE_AWS_KEY)
    expect(await page.content()).not.toContain(FAKE_AWS_KEY.slice(4))

    await page.mouse.move(0, 0)
    await page.evaluate(() => window.scrollTo(0, 0))
    await waitForAnimationsToEnd(page)
    await app.screenshot('security')

    // Below the secrets, the insecure constructs, grouped by OWASP category.
    const patterns = page.getByTestId('insecure-patterns')
    await expect(
      patterns.getByLabel('Code files checked', { exact: true }).locator('p').nth(1).textContent(),
    ).resolves.toBe('2')
    const injection = patterns.getByTestId('pattern-group').filter({ hasText: 'A03:2021 Injection' })
    await injection.getByRole('button').click()
    const occurrence = injection
      .getByRole('table', { name: 'Insecure patterns: A03:2021 Injection' })
      .locator('tbody tr', { hasText: 'Shell command built from values' })
    await expect(occurrence.textContent()).resolves.toMatch(/CWE-78.*src\/convert\.ts:2/)
    await patterns.getByText('By CWE').click()
    await patterns.getByTestId('pattern-group').filter({ hasText: 'CWE-78' }).waitFor()
    await patterns.getByText('By OWASP category').click()
    await injection.getByRole('button').click()
    await page.mouse.move(0, 0)
    await page.evaluate(() => window.scrollTo(0, 0))
    await waitForAnimationsToEnd(page)
    await app.screenshot('security-patterns')

    // The filter narrows the table to one rule.
    await page.getByRole('combobox', { name: 'Rule' }).click()
    await page.getByRole('option', { name: /Environment file committed/ }).click()
    await expect(table.locator('tbody tr').count()).resolves.toBe(1)

    // The tab survives a reload.
    await page.reload()
    await page.getByTestId('security').waitFor()
  })
})
