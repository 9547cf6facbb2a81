import { describe, expect, it, vi } from 'vitest'
import {
  createNpmRegistryClient,
  type NpmRegistryClientOptions,
  type RegistryFetch,
} from '../../../src/main/freshness/npm-registry-client'
import { jsonResponse, packument, registryFetch } from './registry-fakes'

const NOW = new Date('2026-12-04T10:00:00.000Z')

function client(fetch: RegistryFetch, options: Partial<NpmRegistryClientOptions> = {}) {
  return createNpmRegistryClient({ fetch, now: () => NOW, ...options })
}

const LEFT_PAD = packument('left-pad', '1.3.0', {
  '1.1.3': { time: '2016-03-23T21:09:30.000Z' },
  '1.3.0': { time: '2018-04-09T01:02:03.000Z', deprecated: 'use String.prototype.padStart()' },
})

describe('the npm registry client', () => {
  it('extracts latest, its publish time, and publish time and deprecation of each pinned version', async () => {
    const fetch = registryFetch([LEFT_PAD])

    const [outcome] = await client(fetch).fetchRecords([{ name: 'left-pad', versions: ['1.1.3', '0.0.1'] }])

    expect(outcome).toStrictEqual({
      name: 'left-pad',
      ok: true,
      record: {
        name: 'left-pad',
        fetchedAt: NOW.toISOString(),
        latest: '1.3.0',
        latestPublishedAt: '2018-04-09T01:02:03.000Z',
        latestDeprecated: 'use String.prototype.padStart()',
        versions: [
          { version: '1.1.3', inRegistry: true, publishedAt: '2016-03-23T21:09:30.000Z', deprecated: null },
          { version: '0.0.1', inRegistry: false, publishedAt: null, deprecated: null },
        ],
      },
    })
    expect(fetch.mock.calls).toEqual([
      [
        'https://registry.npmjs.org/left-pad',
        expect.objectContaining({
          redirect: 'error',
          credentials: 'omit',
          headers: { Accept: 'application/json' },
        }),
      ],
    ])
  })

  it('asks for a scoped package with the slash encoded, as the npm client does', async () => {
    const fetch = registryFetch([
      packument('@types/node', '22.0.0', { '22.0.0': { time: '2024-07-01T00:00:00Z' } }),
    ])

    const [outcome] = await client(fetch).fetchRecords([{ name: '@types/node', versions: ['22.0.0'] }])

    expect(fetch.mock.calls[0]?.[0]).toBe('https://registry.npmjs.org/@types%2fnode')
    expect(outcome).toMatchObject({ ok: true, record: { name: '@types/node', latest: '22.0.0' } })
  })

  it.each([
    '../../evil',
    '@scope/../../evil',
    'a/b',
    '@a/b/c',
    'with space',
    '.hidden',
    '_private',
    'node_modules',
    'https://evil.example/x',
    'x?y=1',
    'x#y',
    '%2e%2e',
    'a'.repeat(215),
    '',
  ])('refuses the invalid name %j without asking the network', async (name) => {
    const fetch = registryFetch([])

    const [outcome] = await client(fetch).fetchRecords([{ name, versions: ['1.0.0'] }])

    expect(outcome).toMatchObject({ name, ok: false, error: { kind: 'invalid-name' } })
    expect(fetch).not.toHaveBeenCalled()
  })

  it('accepts old names npm still serves: capitals and the old special characters', async () => {
    const fetch = registryFetch([])

    await client(fetch).fetchRecords([
      { name: 'JSONStream', versions: [] },
      { name: "can't-stop", versions: [] },
    ])

    expect(fetch.mock.calls.map(([url]) => url)).toEqual([
      'https://registry.npmjs.org/JSONStream',
      "https://registry.npmjs.org/can't-stop",
    ])
  })

  it('reports a package the registry does not know as not found, and other statuses as HTTP errors', async () => {
    const fetch = vi.fn<RegistryFetch>(async (url) =>
      url.endsWith('/busy') ? new Response('slow down', { status: 429 }) : jsonResponse({}, { status: 404 }),
    )

    const outcomes = await client(fetch).fetchRecords([
      { name: '@acme/internal', versions: ['1.0.0'] },
      { name: 'busy', versions: [] },
    ])

    expect(outcomes).toEqual([
      {
        name: '@acme/internal',
        ok: false,
        error: { kind: 'not-found', message: expect.stringMatching(/^Not on/) },
      },
      { name: 'busy', ok: false, error: { kind: 'http', message: 'registry.npmjs.org answered HTTP 429' } },
    ])
  })

  it('gives up on a registry that does not answer in time, through the AbortSignal', async () => {
    const signals: AbortSignal[] = []
    const fetch = vi.fn<RegistryFetch>(
      (_url, init) =>
        new Promise((_resolve, reject) => {
          const signal = init.signal as AbortSignal
          signals.push(signal)
          signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true })
        }),
    )

    const [outcome] = await client(fetch, { timeoutMs: 30 }).fetchRecords([
      { name: 'left-pad', versions: [] },
    ])

    expect(outcome).toEqual({
      name: 'left-pad',
      ok: false,
      error: { kind: 'timeout', message: 'No answer within 0.03 s' },
    })
    expect(signals[0]?.aborted).toBe(true)
  })

  it('gives up on a body that stalls after the headers', async () => {
    const fetch = vi.fn<RegistryFetch>(async (_url, init) => {
      const signal = init.signal as AbortSignal
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"name":'))
          signal.addEventListener('abort', () => controller.error(signal.reason), { once: true })
        },
      })
      return new Response(body)
    })

    const [outcome] = await client(fetch, { timeoutMs: 30 }).fetchRecords([
      { name: 'left-pad', versions: [] },
    ])

    expect(outcome).toMatchObject({ ok: false, error: { kind: 'timeout' } })
  })

  it('refuses a body over the cap, whether Content-Length announces it or not, without reading it all', async () => {
    const chunk = new Uint8Array(64 * 1024).fill(32)
    let pulled = 0
    const endless = (): ReadableStream<Uint8Array> =>
      new ReadableStream({
        pull(controller) {
          pulled += 1
          controller.enqueue(chunk)
        },
      })
    const fetch = vi.fn<RegistryFetch>(async (url) =>
      url.endsWith('/announced')
        ? new Response('{}', { headers: { 'Content-Length': String(2 * 1024 * 1024) } })
        : new Response(endless()),
    )

    const outcomes = await client(fetch, { maxBodyBytes: 1024 * 1024 }).fetchRecords([
      { name: 'announced', versions: [] },
      { name: 'streamed', versions: [] },
    ])

    expect(outcomes.map((outcome) => (outcome.ok ? null : outcome.error))).toEqual([
      { kind: 'too-large', message: "The registry's answer is over 1 MB" },
      { kind: 'too-large', message: "The registry's answer is over 1 MB" },
    ])
    expect(pulled).toBeLessThan(40)
  })

  it('reports malformed JSON without echoing what the registry sent', async () => {
    const fetch = vi.fn<RegistryFetch>(async () => new Response('{"name": "left-pad", token=SECRET'))

    const [outcome] = await client(fetch).fetchRecords([{ name: 'left-pad', versions: [] }])

    expect(outcome).toEqual({
      name: 'left-pad',
      ok: false,
      error: { kind: 'bad-response', message: "The registry's answer is not valid JSON" },
    })
  })

  it.each([
    ['a JSON array', []],
    ['no name', { versions: {} }],
    ['dist-tags that are not strings', { name: 'left-pad', 'dist-tags': { latest: 1 } }],
    [
      'a deprecation that is an object',
      { name: 'left-pad', versions: { '1.0.0': { deprecated: { x: 1 } } } },
    ],
    ['another package', { name: 'right-pad', versions: {} }],
  ])('reports %s as a bad response', async (_label, body) => {
    const fetch = vi.fn<RegistryFetch>(async () => jsonResponse(body))

    const [outcome] = await client(fetch).fetchRecords([{ name: 'left-pad', versions: [] }])

    expect(outcome).toMatchObject({ ok: false, error: { kind: 'bad-response' } })
  })

  it('reports an unpublished package as not found, with the date', async () => {
    const fetch = vi.fn<RegistryFetch>(async () =>
      jsonResponse({
        name: 'left-pad',
        time: {
          created: '2014-01-01T00:00:00Z',
          unpublished: { time: '2016-03-22T19:50:00.000Z', versions: [] },
        },
      }),
    )

    const [outcome] = await client(fetch).fetchRecords([{ name: 'left-pad', versions: ['1.0.0'] }])

    expect(outcome).toEqual({
      name: 'left-pad',
      ok: false,
      error: { kind: 'not-found', message: 'Unpublished from the registry on 2016-03-22' },
    })
  })

  it('reports a failed connection as a network error for that package only', async () => {
    const fetch = vi.fn<RegistryFetch>(async (url) => {
      if (url.endsWith('/offline')) throw new TypeError('net::ERR_INTERNET_DISCONNECTED')
      return jsonResponse(LEFT_PAD)
    })

    const outcomes = await client(fetch).fetchRecords([
      { name: 'offline', versions: [] },
      { name: 'left-pad', versions: [] },
    ])

    expect(outcomes).toEqual([
      {
        name: 'offline',
        ok: false,
        error: {
          kind: 'network',
          message: 'Could not reach registry.npmjs.org: net::ERR_INTERNET_DISCONNECTED',
        },
      },
      expect.objectContaining({ name: 'left-pad', ok: true }),
    ])
  })

  it('reads only own keys of what the registry sent: a pinned "__proto__" or "constructor" finds nothing', async () => {
    const fetch = vi.fn<RegistryFetch>(async () => new Response(JSON.stringify(LEFT_PAD)))

    const [outcome] = await client(fetch).fetchRecords([
      { name: 'left-pad', versions: ['__proto__', 'constructor', 'toString'] },
    ])

    expect(outcome?.ok && outcome.record.versions).toEqual(
      ['__proto__', 'constructor', 'toString'].map((version) => ({
        version,
        inRegistry: false,
        publishedAt: null,
        deprecated: null,
      })),
    )
  })

  it('cuts long deprecation messages and ignores impossible dates', async () => {
    const fetch = registryFetch([
      packument('old', '2.0.0', {
        '1.0.0': { time: 'not a date', deprecated: 'd'.repeat(5_000) },
        '2.0.0': { time: '+275000-01-01T00:00:00.000Z' },
      }),
    ])

    const [outcome] = await client(fetch).fetchRecords([{ name: 'old', versions: ['1.0.0'] }])

    expect(outcome).toMatchObject({
      ok: true,
      record: {
        latestPublishedAt: null,
        versions: [{ version: '1.0.0', publishedAt: null, deprecated: 'd'.repeat(1_000) }],
      },
    })
  })

  it('keeps at most six requests in flight, and answers every package in order', async () => {
    let inFlight = 0
    let most = 0
    const fetch = vi.fn<RegistryFetch>(async (url) => {
      inFlight += 1
      most = Math.max(most, inFlight)
      await new Promise((resolve) => setTimeout(resolve, 5))
      inFlight -= 1
      return jsonResponse({}, { status: url.endsWith('-7') ? 500 : 404 })
    })
    const names = Array.from({ length: 20 }, (_, index) => `package-${index}`)

    const outcomes = await client(fetch).fetchRecords(names.map((name) => ({ name, versions: [] })))

    expect(most).toBe(6)
    expect(fetch).toHaveBeenCalledTimes(20)
    expect(outcomes.map((outcome) => outcome.name)).toEqual(names)
    expect(outcomes[7]).toMatchObject({ ok: false, error: { kind: 'http' } })
  })
})
