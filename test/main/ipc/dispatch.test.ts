import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createDispatch, type Dispatch, type ErrorReporter } from '../../../src/main/ipc/dispatch'
import type { Handlers } from '../../../src/main/ipc/handlers'
import type { AppInfo } from '../../../src/shared/ipc/contract'
import type { IpcErrorCode, IpcResult } from '../../../src/shared/ipc/result'

const INFO: AppInfo = {
  name: 'Diligent',
  version: '1.2.3',
  electronVersion: '45.4.1',
  platform: 'linux',
  dataDirectory: '/home/auditor/.config/Diligent',
  cloneCacheDirectory: '/home/auditor/.cache/diligent/clones',
}

type MockedHandlers = { [Channel in keyof Handlers]: ReturnType<typeof vi.fn<Handlers[Channel]>> }
let handlers: MockedHandlers
let reportError: ReturnType<typeof vi.fn<ErrorReporter>>
let dispatch: Dispatch

beforeEach(() => {
  handlers = {
    'app:get-info': vi.fn<Handlers['app:get-info']>(async () => INFO),
    'shell:open-external': vi.fn<Handlers['shell:open-external']>(async () => ({ opened: true })),
    'dialog:pick-folder': vi.fn<Handlers['dialog:pick-folder']>(async () => ({ path: null })),
    'source:check': vi.fn<Handlers['source:check']>(async () => ({
      ok: true,
      problem: null,
      suggestedName: 'repo',
    })),
    'audit:start': vi.fn<Handlers['audit:start']>(async () => ({ jobId: crypto.randomUUID() })),
    'audit:cancel': vi.fn<Handlers['audit:cancel']>(async () => ({ cancelled: false })),
    'backup:save': vi.fn<Handlers['backup:save']>(async () => ({ path: null })),
    'backup:open': vi.fn<Handlers['backup:open']>(async () => ({ file: null })),
    'export:save': vi.fn<Handlers['export:save']>(async () => ({ path: null })),
    'export:sbom': vi.fn<Handlers['export:sbom']>(async () => ({ path: null })),
    'vulnerabilities:status': vi.fn<Handlers['vulnerabilities:status']>(async () => ({ database: null })),
    'vulnerabilities:import': vi.fn<Handlers['vulnerabilities:import']>(async () => ({ database: null })),
    'sarif:import': vi.fn<Handlers['sarif:import']>(async () => ({ import: null })),
    'settings:get': vi.fn<Handlers['settings:get']>(async () => ({ settings: { onlineChecks: false } })),
    'settings:set-online-checks': vi.fn<Handlers['settings:set-online-checks']>(async ({ enabled }) => ({
      settings: { onlineChecks: enabled },
    })),
    'freshness:cached': vi.fn<Handlers['freshness:cached']>(async () => ({ packages: [] })),
    'freshness:lookup': vi.fn<Handlers['freshness:lookup']>(async () => ({ packages: [] })),
  }
  reportError = vi.fn<ErrorReporter>()
  dispatch = createDispatch(handlers, reportError)
})

afterEach(() => {
  delete (Object.prototype as Record<string, unknown>)['polluted']
})

function expectNoHandlerRan(): void {
  for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled()
}

/** A failure must be plain data: exactly { ok, error: { code, message } }, nothing thrown or cloned oddly. */
function expectFailure(result: IpcResult<unknown>, code: IpcErrorCode): string {
  expect(result).toStrictEqual({ ok: false, error: { code, message: expect.any(String) } })
  expect(structuredClone(result)).toStrictEqual(result)
  return result.ok ? '' : result.error.message
}

describe('valid requests', () => {
  it('answers app:get-info with the validated response', async () => {
    await expect(dispatch('app:get-info', {})).resolves.toStrictEqual({ ok: true, value: INFO })
    expect(handlers['app:get-info']).toHaveBeenCalledWith({})
  })

  it('hands the handler the parsed request', async () => {
    await expect(dispatch('shell:open-external', { url: 'https://example.com/' })).resolves.toStrictEqual({
      ok: true,
      value: { opened: true },
    })
    expect(handlers['shell:open-external'].mock.calls).toEqual([[{ url: 'https://example.com/' }]])
  })

  it('accepts a URL of exactly the maximum length', async () => {
    const url = `https://example.com/${'a'.repeat(2_048 - 20)}`
    expect(url).toHaveLength(2_048)

    await expect(dispatch('shell:open-external', { url })).resolves.toMatchObject({ ok: true })
  })
})

describe('unknown channels', () => {
  it.each([
    'app:delete-everything',
    'APP:GET-INFO',
    'app:get-info ',
    '',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'job:progress',
  ])('refuses %j before any handler runs', async (channel) => {
    expectFailure(await dispatch(channel, {}), 'unknown-channel')
    expectNoHandlerRan()
  })

  it.each([42, null, undefined, {}, ['app:get-info'], Symbol.iterator])(
    'refuses a non-string channel %s',
    async (channel) => {
      expectFailure(await dispatch(channel as unknown as string, {}), 'unknown-channel')
      expectNoHandlerRan()
    },
  )

  it('does not echo a huge channel name back', async () => {
    const message = expectFailure(await dispatch('x'.repeat(1_000_000), {}), 'unknown-channel')

    expect(message.length).toBeLessThan(200)
  })
})

describe('hostile payloads', () => {
  const HUGE = 'a'.repeat(100 * 1024 * 1024)

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'https://example.com/'],
    ['a number', 42],
    ['an array', [{ url: 'https://example.com/' }]],
    ['no url', {}],
    ['a numeric url', { url: 42 }],
    ['an array url', { url: ['https://example.com/'] }],
    ['an object url', { url: { toString: () => 'https://example.com/' } }],
    ['a null url', { url: null }],
    ['an empty url', { url: '' }],
    ['a url one character too long', { url: 'a'.repeat(2_049) }],
    ['a 100 MB url', { url: HUGE }],
    ['an extra key', { url: 'https://example.com/', openWith: '/bin/sh' }],
    [
      'a prototype pollution attempt',
      JSON.parse('{"url":"https://example.com/","__proto__":{"polluted":1}}'),
    ],
    [
      'a constructor pollution attempt',
      { url: 'https://x.example/', constructor: { prototype: { polluted: 1 } } },
    ],
  ])('refuses %s on shell:open-external', async (_label, payload) => {
    const message = expectFailure(await dispatch('shell:open-external', payload), 'invalid-request')

    expect(message).toMatch(/^Invalid request for shell:open-external: /)
    // The message names the problem; it never carries the payload back (a 100 MB string, a secret).
    expect(message.length).toBeLessThan(1_000)
    expectNoHandlerRan()
  })

  it.each([
    ['an extra key', { verbose: true }],
    ['a prototype pollution attempt', JSON.parse('{"__proto__":{"polluted":1}}')],
    ['null', null],
    ['an array', []],
  ])('refuses %s on app:get-info', async (_label, payload) => {
    expectFailure(await dispatch('app:get-info', payload), 'invalid-request')
    expectNoHandlerRan()
  })

  it('leaves Object.prototype untouched', async () => {
    await dispatch(
      'shell:open-external',
      JSON.parse('{"url":"https://a.example/","__proto__":{"polluted":1}}'),
    )
    await dispatch('app:get-info', JSON.parse('{"__proto__":{"polluted":1}}'))

    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })
})

describe('backup channels', () => {
  it('hands backup:save the file name and content, and answers with where it was saved', async () => {
    handlers['backup:save'].mockResolvedValueOnce({ path: '/home/auditor/Acme.diligent-backup.json' })
    const request = { suggestedName: 'Acme-2026-12-04.diligent-backup.json', content: '{"format":"x"}' }

    await expect(dispatch('backup:save', request)).resolves.toStrictEqual({
      ok: true,
      value: { path: '/home/auditor/Acme.diligent-backup.json' },
    })
    expect(handlers['backup:save'].mock.calls).toEqual([[request]])
  })

  it.each([
    ['a path for a name', { suggestedName: '../../.config/autostart/x.json', content: '{}' }],
    ['an absolute path for a name', { suggestedName: '/etc/cron.d/x.json', content: '{}' }],
    ['content that is not text', { suggestedName: 'a.json', content: { format: 'x' } }],
  ])('refuses %s on backup:save before the handler runs', async (_label, payload) => {
    expectFailure(await dispatch('backup:save', payload), 'invalid-request')
    expectNoHandlerRan()
  })

  it('answers a cancelled backup:open with no file', async () => {
    await expect(dispatch('backup:open', {})).resolves.toStrictEqual({ ok: true, value: { file: null } })
  })
})

describe('failing handlers', () => {
  it('turns a thrown Error into an internal error result and reports it', async () => {
    const error = new Error('disk on fire')
    handlers['app:get-info'].mockRejectedValueOnce(error)

    const result = await dispatch('app:get-info', {})

    expect(result).toStrictEqual({ ok: false, error: { code: 'internal', message: 'disk on fire' } })
    expect(reportError.mock.calls).toEqual([['app:get-info', error]])
  })

  it('does not leak what a non-Error throw carried', async () => {
    handlers['shell:open-external'].mockImplementationOnce(() => {
      throw 'token=ghp_secret'
    })

    const result = await dispatch('shell:open-external', { url: 'https://example.com/' })

    expect(result).toStrictEqual({ ok: false, error: { code: 'internal', message: 'Unexpected error' } })
    expect(reportError).toHaveBeenCalledOnce()
  })

  it('refuses a response that breaks the contract instead of sending it', async () => {
    handlers['app:get-info'].mockResolvedValueOnce({ ...INFO, secret: 'x' } as AppInfo)

    expectFailure(await dispatch('app:get-info', {}), 'internal')
    expect(reportError).toHaveBeenCalledOnce()
  })
})
