import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ADA, makeGitRepo, removeTempDirs } from '../helpers/make-git-repo'
import { isChromiumInstalled } from './harness/chromium'
import type { FakePackument } from './harness/fake-registry'
import { launchApp, type LaunchedApp } from './harness/launch-app'
import { addLocalRepoThroughUi, createEngagementThroughUi } from './harness/ui-steps'

const REQUEST_DEPRECATED = 'request has been deprecated, see https://github.com/request/request/issues/3142'

/** What the stand-in for registry.npmjs.org knows; tough-cookie is left out, so it answers 404. */
const PACKUMENTS: FakePackument[] = [
  {
    name: 'left-pad',
    'dist-tags': { latest: '1.3.0' },
    time: { '1.1.3': '2016-03-23T21:09:30.000Z', '1.3.0': '2018-04-09T01:02:03.000Z' },
    versions: { '1.1.3': {}, '1.3.0': {} },
  },
  {
    name: 'request',
    'dist-tags': { latest: '2.88.2' },
    time: { '2.88.0': '2018-07-16T00:00:00.000Z', '2.88.2': '2020-02-11T00:00:00.000Z' },
    versions: { '2.88.0': { deprecated: REQUEST_DEPRECATED }, '2.88.2': { deprecated: REQUEST_DEPRECATED } },
  },
]

let repo: string
let app: LaunchedApp

beforeAll(async () => {
  repo = await makeGitRepo(
    [
      {
        author: ADA,
        date: '2026-11-02T09:00:00Z',
        message: 'Shop with two dependencies',
        files: {
          'package.json': JSON.stringify({
            name: 'shop',
            license: 'MIT',
            dependencies: { 'left-pad': '1.1.3', request: '2.88.0' },
          }),
          'package-lock.json': JSON.stringify({
            name: 'shop',
            lockfileVersion: 3,
            packages: {
              '': { name: 'shop', dependencies: { 'left-pad': '1.1.3', request: '2.88.0' } },
              'node_modules/left-pad': { version: '1.1.3', license: 'WTFPL' },
              'node_modules/request': {
                version: '2.88.0',
                license: 'Apache-2.0',
                dependencies: { 'tough-cookie': '~2.4.3' },
              },
              'node_modules/tough-cookie': { version: '2.4.3', license: 'BSD-3-Clause' },
            },
          }),
        },
      },
    ],
    { name: 'shop' },
  )
})
afterAll(removeTempDirs)
afterEach(async () => {
  expect(app.problems).toEqual({ consoleErrors: [], cspViolations: [], foreignRequests: [], ipcErrors: [] })
  await app.close()
})

async function setOnlineChecks(app: LaunchedApp, on: boolean): Promise<void> {
  const { page } = app
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Settings' })
    .click()
  const card = page.getByTestId('online-checks')
  const toggle = card.getByRole('switch', { name: 'Look up package freshness on registry.npmjs.org' })
  await card.getByText(on ? 'Mode: offline' : 'Mode: online checks on').waitFor()
  // The switch is controlled by main's answer, so it flips only once the setting is saved.
  await toggle.click()
  await card.getByText(on ? 'Mode: online checks on' : 'Mode: offline').waitFor()
}

describe.skipIf(!isChromiumInstalled())(
  'package freshness, in the real renderer with a fake npm registry',
  () => {
    it('is offline until the auditor opts in, then checks the registry, and shows cached facts once offline again', async () => {
      app = await launchApp({ pickedFolder: repo, registryPackuments: PACKUMENTS })
      const { page } = app
      await createEngagementThroughUi(page, 'Shop')
      await addLocalRepoThroughUi(page, repo, 'shop')
      await page.getByRole('button', { name: 'Analyse shop' }).click()
      await page.getByTestId('repo-row').getByText('Analysed').waitFor({ timeout: 60_000 })
      await page.getByTestId('repo-row').getByRole('link', { name: 'shop' }).click()
      const repoPage = page.url()

      // Offline by default: the card says so, offers no check, and nothing has asked the network.
      const dependencies = page.getByTestId('dependencies')
      await dependencies.getByText('Offline: package ages unknown').waitFor()
      await expect(dependencies.getByRole('button', { name: 'Check freshness' }).count()).resolves.toBe(0)

      await page.getByRole('banner').getByText('Offline · data stays on this machine').waitFor()
      await setOnlineChecks(app, true)
      // The header says the mode changed at once, not after a reload.
      await page
        .getByRole('banner')
        .getByText('Online checks on · engagement data stays on this machine')
        .waitFor()
      await app.screenshot('50-online-checks-on')
      await page.reload()
      await page.getByTestId('online-checks').getByText('Mode: online checks on').waitFor()
      expect(app.registryRequests).toEqual([])

      await page.goto(repoPage)
      await dependencies.getByText('Online checks on').waitFor()
      await dependencies.getByRole('button', { name: 'Check freshness' }).click()
      await dependencies
        .getByTestId('freshness-summary')
        .getByText(
          'Registry facts for 2 of 3 npm packages: 1 deprecated, 0 a major version or more behind; 1 could not be checked.',
          { exact: false },
        )
        .waitFor()
      expect([...app.registryRequests].sort()).toEqual([
        'https://registry.npmjs.org/left-pad',
        'https://registry.npmjs.org/request',
        'https://registry.npmjs.org/tough-cookie',
      ])

      const packages = dependencies.getByRole('table', { name: 'Packages' })
      const row = (name: string) =>
        packages.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) })
      await expect(packages.getByRole('row').nth(1).textContent()).resolves.toMatch(/^(left-pad|request)/)
      await expect(row('left-pad').textContent()).resolves.toMatch(
        /1\.3\.0.*minor behind.*pinned release [\d.]+ years old.*from registry\.npmjs\.org, fetched .* \(just fetched\)/,
      )
      await expect(row('request').textContent()).resolves.toContain('Deprecated')
      await expect(row('request').textContent()).resolves.toContain(REQUEST_DEPRECATED)
      await expect(row('tough-cookie').textContent()).resolves.toContain('Not on registry.npmjs.org')
      await app.screenshot('51-dependencies-freshness')

      await setOnlineChecks(app, false)
      await page.goto(repoPage)
      await dependencies.getByText('Offline: package ages unknown').waitFor()
      // The cached facts arrive after the page: wait for them rather than read the row once.
      await row('left-pad').getByText('(cached)', { exact: false }).waitFor()
      await expect(row('left-pad').textContent()).resolves.toMatch(/1\.3\.0.*fetched .* \(cached\)/)
      await expect(dependencies.getByRole('button', { name: 'Check freshness' }).count()).resolves.toBe(0)
      expect(app.registryRequests).toHaveLength(3)
    })
  },
)
