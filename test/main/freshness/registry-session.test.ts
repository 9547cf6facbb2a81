import type { CallbackResponse, OnBeforeRequestListenerDetails } from 'electron'
import { beforeAll, describe, expect, it, vi } from 'vitest'

type BeforeRequest = (
  details: OnBeforeRequestListenerDetails,
  callback: (response: CallbackResponse) => void,
) => void

const fake = vi.hoisted(() => ({
  partitions: [] as string[],
  beforeRequest: null as BeforeRequest | null,
  permissionCheck: null as (() => boolean) | null,
  fetch: vi.fn(async (_url: string, _init: RequestInit) => new Response('{}')),
}))

vi.mock('electron', () => ({
  session: {
    fromPartition: (partition: string) => {
      fake.partitions.push(partition)
      return {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: (handler: () => boolean) => {
          fake.permissionCheck = handler
        },
        webRequest: {
          onBeforeRequest: (listener: BeforeRequest) => {
            fake.beforeRequest = listener
          },
        },
        fetch: fake.fetch,
      }
    },
  },
}))

const { registrySessionFetch } = await import('../../../src/main/freshness/registry-session')

function verdict(url: string): boolean | undefined {
  let cancel: boolean | undefined
  fake.beforeRequest?.({ url } as OnBeforeRequestListenerDetails, (response) => {
    cancel = response.cancel
  })
  return cancel
}

describe('the registry session', () => {
  it('is made once, on first use, in memory, apart from the window’s session', async () => {
    expect(fake.partitions).toEqual([])
    const init = { signal: AbortSignal.timeout(1_000) }

    await registrySessionFetch('https://registry.npmjs.org/left-pad', init)
    await registrySessionFetch('https://registry.npmjs.org/react', init)

    expect(fake.partitions).toEqual(['diligent-npm-registry'])
    expect(fake.fetch.mock.calls.map(([url]) => url)).toEqual([
      'https://registry.npmjs.org/left-pad',
      'https://registry.npmjs.org/react',
    ])
    expect(fake.permissionCheck?.()).toBe(false)
  })
})

describe('the registry session’s request filter', () => {
  beforeAll(async () => {
    await registrySessionFetch('https://registry.npmjs.org/left-pad', {})
  })

  it.each([
    ['https://registry.npmjs.org/left-pad', false],
    ['https://registry.npmjs.org/@types%2fnode', false],
    ['http://registry.npmjs.org/left-pad', true],
    ['https://registry.npmjs.org.evil.example/left-pad', true],
    ['https://evil.example/?https://registry.npmjs.org/', true],
    ['https://user:pass@registry.npmjs.org/left-pad', true],
    ['https://registry.yarnpkg.com/left-pad', true],
    ['wss://registry.npmjs.org/', true],
    ['file:///etc/passwd', true],
    ['not a url', true],
  ])('lets %s through: cancel=%s', (url, cancelled) => {
    expect(verdict(url)).toBe(cancelled)
  })
})
