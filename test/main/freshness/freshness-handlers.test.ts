import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { createFreshness } from '../../../src/main/freshness/create-freshness'
import { createDispatch } from '../../../src/main/ipc/dispatch'
import { createHandlers, type HandlerDeps } from '../../../src/main/ipc/handlers'
import { MAX_PACKAGES } from '../../../src/shared/domain/freshness'
import { makeTempDir, removeTempDirs } from '../../helpers/make-git-repo'
import { packument, registryFetch } from './registry-fakes'

afterAll(removeTempDirs)

const LEFT_PAD = packument('left-pad', '1.3.0', { '1.1.3': { time: '2016-03-23T21:09:30.000Z' } })

/** The real settings and freshness handlers over a temp data folder; the fetch is a fake that records calls. */
async function setUp() {
  const dataDirectory = await makeTempDir('diligent-freshness-ipc-')
  const fetch = registryFetch([LEFT_PAD])
  const reportError = vi.fn()
  // Only the settings and freshness channels are called here, so only their dependencies exist.
  const handlers = createHandlers(createFreshness(dataDirectory, fetch) as unknown as HandlerDeps)
  return { dataDirectory, fetch, reportError, dispatch: createDispatch(handlers, reportError) }
}

const LOOKUP = { packages: [{ name: 'left-pad', versions: ['1.1.3'] }] }

describe('the settings and freshness channels', () => {
  it('start offline: settings:get says so, and freshness:lookup is refused with no fetch at all', async () => {
    const { dispatch, fetch } = await setUp()

    await expect(dispatch('settings:get', {})).resolves.toEqual({
      ok: true,
      value: { settings: { onlineChecks: false } },
    })
    await expect(dispatch('freshness:lookup', LOOKUP)).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: expect.stringMatching(/^Online checks are off/) },
    })
    await expect(dispatch('freshness:cached', LOOKUP)).resolves.toEqual({
      ok: true,
      value: { packages: [{ name: 'left-pad', facts: null, error: null }] },
    })
    expect(fetch).not.toHaveBeenCalled()
  })

  it('look up the registry once the auditor opts in, and keep the setting and the answers in userData', async () => {
    const { dispatch, fetch, dataDirectory } = await setUp()

    await expect(dispatch('settings:set-online-checks', { enabled: true })).resolves.toEqual({
      ok: true,
      value: { settings: { onlineChecks: true } },
    })
    const looked = await dispatch('freshness:lookup', LOOKUP)

    expect(looked).toMatchObject({
      ok: true,
      value: { packages: [{ name: 'left-pad', facts: { source: 'network', latest: '1.3.0' }, error: null }] },
    })
    expect(fetch).toHaveBeenCalledOnce()
    expect(JSON.parse(await readFile(join(dataDirectory, 'settings.json'), 'utf8'))).toEqual({
      onlineChecks: true,
    })
    expect(JSON.parse(await readFile(join(dataDirectory, 'npm-registry-cache.json'), 'utf8'))).toMatchObject({
      packages: [{ name: 'left-pad', latest: '1.3.0' }],
    })

    await dispatch('settings:set-online-checks', { enabled: false })
    await expect(dispatch('freshness:lookup', LOOKUP)).resolves.toMatchObject({ ok: false })
    await expect(dispatch('freshness:cached', LOOKUP)).resolves.toMatchObject({
      ok: true,
      value: { packages: [{ facts: { source: 'cache', latest: '1.3.0' } }] },
    })
    expect(fetch).toHaveBeenCalledOnce()
  })

  it.each([
    [
      'too many packages',
      { packages: Array.from({ length: MAX_PACKAGES + 1 }, () => ({ name: 'a', versions: [] })) },
    ],
    ['a name over npm’s limit', { packages: [{ name: 'a'.repeat(215), versions: [] }] }],
    [
      'too many versions of one package',
      { packages: [{ name: 'a', versions: Array.from({ length: 51 }, String) }] },
    ],
    ['a huge version', { packages: [{ name: 'a', versions: ['1'.repeat(257)] }] }],
    ['a number for a name', { packages: [{ name: 1, versions: [] }] }],
    ['an extra key', { packages: [], registry: 'https://evil.example/' }],
  ])('refuse %s before any lookup', async (_label, payload) => {
    const { dispatch, fetch } = await setUp()
    await dispatch('settings:set-online-checks', { enabled: true })

    await expect(dispatch('freshness:lookup', payload)).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    })
    expect(fetch).not.toHaveBeenCalled()
  })

  it('refuses a setting that is not a boolean', async () => {
    const { dispatch } = await setUp()

    await expect(dispatch('settings:set-online-checks', { enabled: 'yes' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    })
    await expect(dispatch('settings:get', {})).resolves.toEqual({
      ok: true,
      value: { settings: { onlineChecks: false } },
    })
  })
})
