import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createRepoSourceCheck } from '../../src/main/repo-source-check'
import { suggestRepoName } from '../../src/shared/repo-name'
import { ADA, makeGitRepo, makeTempDir, removeTempDirs } from '../helpers/make-git-repo'

afterAll(removeTempDirs)

describe('suggestRepoName', () => {
  it.each([
    ['https://github.com/acme/orders-api.git', 'orders-api'],
    ['git@github.com:acme/Billing.GIT', 'Billing'],
    ['ssh://git@host.example:2222/team/web/', 'web'],
    ['/home/auditor/code/platform/', 'platform'],
    ['C:\\work\\mobile-app', 'mobile-app'],
    ['.git', 'repository'],
  ])('%s → %s', (source, name) => {
    expect(suggestRepoName(source)).toBe(name)
  })
})

describe('createRepoSourceCheck', () => {
  it('accepts a valid URL and a folder holding a repository', async () => {
    const check = createRepoSourceCheck([])
    await expect(check({ source: 'https://github.com/acme/api.git', sourceKind: 'url' })).resolves.toEqual({
      ok: true,
      problem: null,
      suggestedName: 'api',
    })
    const repo = await makeGitRepo([{ author: ADA, date: '2025-01-01T00:00:00Z', files: { 'a.ts': '' } }])
    await expect(check({ source: repo, sourceKind: 'local' })).resolves.toMatchObject({ ok: true })
  })

  it('explains what is wrong with a URL carrying a password or a folder that is not a repository', async () => {
    const check = createRepoSourceCheck([])
    const withPassword = await check({
      source: 'https://me:hunter2@github.com/acme/api.git',
      sourceKind: 'url',
    })
    expect(withPassword.ok).toBe(false)
    expect(withPassword.problem).toMatch(/password/i)
    const plain = await check({ source: await makeTempDir(), sourceKind: 'local' })
    expect(plain).toMatchObject({ ok: false, problem: expect.stringMatching(/not a git repository/) })
  })

  it("refuses a repository inside the app's own folders", async () => {
    const appData = await makeTempDir('diligent-user-data-')
    await mkdir(join(appData, 'clones'), { recursive: true })
    const inside = await makeGitRepo([], { parentDir: join(appData, 'clones'), name: 'copy' })
    const verdict = await createRepoSourceCheck([appData])({ source: inside, sourceKind: 'local' })
    expect(verdict).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/inside Diligent's own data folder/),
    })
  })
})
