import { join } from 'node:path'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { writeFileAtomically } from '../../../src/main/engine/files/write-atomically'
import { createNpmRegistryClient } from '../../../src/main/freshness/npm-registry-client'
import {
  createPackageFreshness,
  OnlineChecksOffError,
  type PackageFreshnessService,
} from '../../../src/main/freshness/package-freshness'
import { createRegistryCache } from '../../../src/main/freshness/registry-cache'
import { createSettingsStore, type SettingsStore } from '../../../src/main/freshness/settings-store'
import { DAY_MS } from '../../../src/shared/time'
import { makeTempDir, removeTempDirs } from '../../helpers/make-git-repo'
import { packument, registryFetch } from './registry-fakes'

afterAll(removeTempDirs)

const REACT = packument('react', '19.1.0', {
  '16.14.0': { time: '2020-10-14T00:00:00.000Z' },
  '18.2.0': { time: '2022-06-14T00:00:00.000Z' },
  '19.1.0': { time: '2025-03-28T00:00:00.000Z' },
})
const REQUEST = packument('request', '2.88.2', {
  '2.88.0': { time: '2018-07-16T00:00:00.000Z', deprecated: 'request has been deprecated, see #3142' },
  '2.88.2': { time: '2020-02-11T00:00:00.000Z', deprecated: 'request has been deprecated, see #3142' },
})

let clock: Date
let fetch: ReturnType<typeof registryFetch>
let settings: SettingsStore
let dataDirectory: string

function service(): PackageFreshnessService {
  return createPackageFreshness({
    settings,
    cache: createRegistryCache({
      path: join(dataDirectory, 'npm-registry-cache.json'),
      write: writeFileAtomically,
    }),
    registry: createNpmRegistryClient({ fetch, now: () => clock }),
    now: () => clock,
  })
}

beforeEach(async () => {
  clock = new Date('2026-12-04T10:00:00.000Z')
  fetch = registryFetch([REACT, REQUEST])
  dataDirectory = await makeTempDir('diligent-freshness-')
  settings = createSettingsStore({ path: join(dataDirectory, 'settings.json'), write: writeFileAtomically })
})

describe('package freshness with online checks off (the default)', () => {
  it('refuses a lookup and asks the network nothing', async () => {
    await expect(service().lookup([{ name: 'react', versions: ['18.2.0'] }])).rejects.toThrow(
      OnlineChecksOffError,
    )
    expect(fetch).not.toHaveBeenCalled()
  })

  it('still shows answers cached while they were on, labelled with when they were fetched', async () => {
    await settings.setOnlineChecks(true)
    await service().lookup([{ name: 'react', versions: ['18.2.0'] }])
    await settings.setOnlineChecks(false)
    clock = new Date(clock.getTime() + 40 * DAY_MS)

    const [react, unknown] = await service().cached([
      { name: 'react', versions: ['18.2.0'] },
      { name: 'lodash', versions: ['4.17.21'] },
    ])

    expect(react).toMatchObject({
      name: 'react',
      facts: { source: 'cache', fetchedAt: '2026-12-04T10:00:00.000Z', latest: '19.1.0' },
      error: null,
    })
    expect(unknown).toEqual({ name: 'lodash', facts: null, error: null })
    expect(fetch).toHaveBeenCalledTimes(1)
  })
})

describe('package freshness with online checks on', () => {
  beforeEach(async () => {
    await settings.setOnlineChecks(true)
  })

  it('answers from the registry with how far each pinned version trails latest', async () => {
    const answers = await service().lookup([
      { name: 'react', versions: ['16.14.0', '19.1.0'] },
      { name: 'request', versions: ['2.88.0'] },
    ])

    expect(answers).toEqual([
      {
        name: 'react',
        error: null,
        facts: {
          source: 'network',
          fetchedAt: '2026-12-04T10:00:00.000Z',
          latest: '19.1.0',
          latestPublishedAt: '2025-03-28T00:00:00.000Z',
          latestDeprecated: null,
          versions: [
            {
              version: '16.14.0',
              inRegistry: true,
              publishedAt: '2020-10-14T00:00:00.000Z',
              deprecated: null,
              behind: 'major',
              majorsBehind: 3,
            },
            {
              version: '19.1.0',
              inRegistry: true,
              publishedAt: '2025-03-28T00:00:00.000Z',
              deprecated: null,
              behind: 'none',
              majorsBehind: 0,
            },
          ],
        },
      },
      {
        name: 'request',
        error: null,
        facts: expect.objectContaining({
          latestDeprecated: 'request has been deprecated, see #3142',
          versions: [
            expect.objectContaining({
              version: '2.88.0',
              deprecated: 'request has been deprecated, see #3142',
              behind: 'patch',
            }),
          ],
        }),
      },
    ])
  })

  it('asks once per package, however many lockfiles pin it', async () => {
    const answers = await service().lookup([
      { name: 'react', versions: ['16.14.0'] },
      { name: 'react', versions: ['18.2.0'] },
    ])

    expect(fetch).toHaveBeenCalledTimes(1)
    expect(answers).toHaveLength(1)
    expect(answers[0]?.facts?.versions.map((entry) => entry.version)).toEqual(['16.14.0', '18.2.0'])
  })

  it('reuses an answer younger than a day, and asks again once it is older', async () => {
    await service().lookup([{ name: 'react', versions: ['18.2.0'] }])

    clock = new Date(clock.getTime() + DAY_MS - 1_000)
    const [reused] = await service().lookup([{ name: 'react', versions: ['18.2.0'] }])
    expect(reused?.facts).toMatchObject({ source: 'cache', fetchedAt: '2026-12-04T10:00:00.000Z' })
    expect(fetch).toHaveBeenCalledTimes(1)

    clock = new Date(clock.getTime() + 2_000)
    const [refreshed] = await service().lookup([{ name: 'react', versions: ['18.2.0'] }])
    expect(refreshed?.facts).toMatchObject({ source: 'network', fetchedAt: clock.toISOString() })
    expect(fetch).toHaveBeenCalledTimes(2)
  })

  it('asks again for a version the cached answer does not cover, and keeps the versions it had', async () => {
    const freshness = service()
    await freshness.lookup([{ name: 'react', versions: ['18.2.0'] }])

    await freshness.lookup([{ name: 'react', versions: ['16.14.0'] }])

    expect(fetch).toHaveBeenCalledTimes(2)
    const [cached] = await freshness.cached([{ name: 'react', versions: ['16.14.0', '18.2.0'] }])
    expect(cached?.facts?.versions.map((entry) => entry.version)).toEqual(['16.14.0', '18.2.0'])
  })

  it('does not trust a cached answer dated in the future', async () => {
    await service().lookup([{ name: 'react', versions: ['18.2.0'] }])
    clock = new Date(clock.getTime() - 60_000)

    const [answer] = await service().lookup([{ name: 'react', versions: ['18.2.0'] }])

    expect(answer?.facts?.source).toBe('network')
  })

  it('reports failures per package and keeps showing an older answer when a refresh fails', async () => {
    await service().lookup([{ name: 'react', versions: ['18.2.0'] }])
    clock = new Date(clock.getTime() + 2 * DAY_MS)
    fetch.mockImplementation(async () => {
      throw new TypeError('net::ERR_NAME_NOT_RESOLVED')
    })

    const [react, invalid] = await service().lookup([
      { name: 'react', versions: ['18.2.0'] },
      { name: '../etc/passwd', versions: ['1.0.0'] },
    ])

    expect(react).toMatchObject({
      facts: { source: 'cache', fetchedAt: '2026-12-04T10:00:00.000Z' },
      error: { kind: 'network' },
    })
    expect(invalid).toMatchObject({ facts: null, error: { kind: 'invalid-name' } })
    expect(fetch).toHaveBeenCalledTimes(2)
  })

  it('stops asking the moment online checks are turned off', async () => {
    await settings.setOnlineChecks(false)

    await expect(service().lookup([{ name: 'react', versions: [] }])).rejects.toThrow(/Online checks are off/)
    expect(fetch).not.toHaveBeenCalled()
  })
})
