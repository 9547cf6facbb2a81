import { describe, expect, expectTypeOf, it } from 'vitest'
import type { Handlers } from '../../src/main/ipc/handlers'
import { BACKUP_MAX_BYTES } from '../../src/shared/backup/backup-format'
import type { DiligentApi } from '../../src/shared/ipc/api'
import {
  EVENT_NAMES,
  INVOKE_CHANNELS,
  type EventName,
  type InvokeChannel,
} from '../../src/shared/ipc/channels'
import {
  eventContract,
  invokeContract,
  type AppInfo,
  type EventPayload,
  type InvokeRequest,
  type InvokeResponse,
} from '../../src/shared/ipc/contract'
import {
  IPC_ERROR_CODES,
  ipcFail,
  ipcOk,
  type IpcErrorCode,
  type IpcResult,
} from '../../src/shared/ipc/result'
import type { JobFinished, JobProgress } from '../../src/shared/jobs'

const JOB_ID = '0b7f4c7e-9a55-4f4c-9a43-0c1f3f0a8f11'

describe('types', () => {
  it('derives the channel unions from the channel lists', () => {
    expectTypeOf<InvokeChannel>().toEqualTypeOf<
      | 'app:get-info'
      | 'shell:open-external'
      | 'dialog:pick-folder'
      | 'source:check'
      | 'audit:start'
      | 'audit:cancel'
      | 'backup:save'
      | 'backup:open'
      | 'export:save'
      | 'export:sbom'
      | 'vulnerabilities:status'
      | 'vulnerabilities:import'
      | 'sarif:import'
      | 'settings:get'
      | 'settings:set-online-checks'
      | 'freshness:cached'
      | 'freshness:lookup'
    >()
    expectTypeOf<EventName>().toEqualTypeOf<'job:progress' | 'job:finished'>()
    expectTypeOf<keyof typeof invokeContract>().toEqualTypeOf<InvokeChannel>()
    expectTypeOf<keyof typeof eventContract>().toEqualTypeOf<EventName>()
    expectTypeOf<keyof Handlers>().toEqualTypeOf<InvokeChannel>()
  })

  it('infers each request and response from its schema', () => {
    expectTypeOf<InvokeRequest<'app:get-info'>>().toEqualTypeOf<Record<string, never>>()
    expectTypeOf<InvokeResponse<'app:get-info'>>().toEqualTypeOf<AppInfo>()
    expectTypeOf<InvokeRequest<'shell:open-external'>>().toEqualTypeOf<{ url: string }>()
    expectTypeOf<InvokeResponse<'shell:open-external'>>().toEqualTypeOf<{ opened: boolean }>()
    expectTypeOf<InvokeRequest<'audit:start'>>().toEqualTypeOf<{
      source: string
      sourceKind: 'url' | 'local'
    }>()
    expectTypeOf<InvokeResponse<'audit:start'>>().toEqualTypeOf<{ jobId: string }>()
    expectTypeOf<InvokeRequest<'audit:cancel'>>().toEqualTypeOf<{ jobId: string }>()
    expectTypeOf<InvokeResponse<'dialog:pick-folder'>>().toEqualTypeOf<{ path: string | null }>()
    expectTypeOf<InvokeRequest<'backup:save'>>().toEqualTypeOf<{ suggestedName: string; content: string }>()
    expectTypeOf<InvokeResponse<'backup:save'>>().toEqualTypeOf<{ path: string | null }>()
    expectTypeOf<InvokeRequest<'backup:open'>>().toEqualTypeOf<Record<string, never>>()
    expectTypeOf<InvokeResponse<'backup:open'>>().toEqualTypeOf<{
      file: { name: string; content: string } | null
    }>()
    expectTypeOf<EventPayload<'job:progress'>>().toEqualTypeOf<JobProgress>()
    expectTypeOf<EventPayload<'job:finished'>>().toEqualTypeOf<JobFinished>()
  })

  it('gives window.diligent.invoke the contract types for each channel', () => {
    const invoke = {} as DiligentApi['invoke']
    expectTypeOf(invoke<'shell:open-external'>).parameters.toEqualTypeOf<
      ['shell:open-external', { url: string }]
    >()
    expectTypeOf(invoke<'shell:open-external'>).returns.toEqualTypeOf<
      Promise<IpcResult<{ opened: boolean }>>
    >()
    expectTypeOf(invoke<'app:get-info'>).returns.toEqualTypeOf<Promise<IpcResult<AppInfo>>>()
    // @ts-expect-error: an unknown channel does not compile
    expectTypeOf(invoke).toBeCallableWith('app:delete-everything', {})
    // @ts-expect-error: nor does a request of the wrong shape
    expectTypeOf(invoke).toBeCallableWith('shell:open-external', { href: 'https://example.com/' })
  })

  it('gives window.diligent.on typed payloads and an unsubscribe function', () => {
    const on = {} as DiligentApi['on']
    expectTypeOf(on<'job:progress'>).parameters.toEqualTypeOf<
      ['job:progress', (payload: JobProgress) => void]
    >()
    expectTypeOf(on<'job:finished'>).returns.toEqualTypeOf<() => void>()
    // @ts-expect-error: invoke channels are not events
    expectTypeOf(on).toBeCallableWith('app:get-info', () => undefined)
  })

  it('pairs each handler with its channel types', () => {
    expectTypeOf<Handlers['shell:open-external']>().toEqualTypeOf<
      (request: { url: string }) => Promise<{ opened: boolean }>
    >()
    expectTypeOf<Handlers['app:get-info']>().returns.toEqualTypeOf<Promise<AppInfo>>()
  })

  it('makes IpcResult a discriminated union with a typed error', () => {
    expectTypeOf<IpcResult<number>>().toEqualTypeOf<
      { ok: true; value: number } | { ok: false; error: { code: IpcErrorCode; message: string } }
    >()
    expectTypeOf<IpcErrorCode>().toEqualTypeOf<
      'unknown-channel' | 'invalid-request' | 'forbidden-sender' | 'internal'
    >()
  })
})

describe('runtime', () => {
  it('has a schema for every channel and event, and none more', () => {
    expect(Object.keys(invokeContract).sort()).toEqual([...INVOKE_CHANNELS].sort())
    expect(Object.keys(eventContract).sort()).toEqual([...EVENT_NAMES].sort())
  })

  it('keeps channel and event names apart', () => {
    expect(INVOKE_CHANNELS.filter((name) => (EVENT_NAMES as readonly string[]).includes(name))).toEqual([])
  })

  it('builds result envelopes as plain data', () => {
    expect(ipcOk(1)).toStrictEqual({ ok: true, value: 1 })
    expect(ipcFail('internal', 'boom')).toStrictEqual({
      ok: false,
      error: { code: 'internal', message: 'boom' },
    })
    expect(IPC_ERROR_CODES).toEqual(['unknown-channel', 'invalid-request', 'forbidden-sender', 'internal'])
  })

  describe('shell:open-external request', () => {
    const { request } = invokeContract['shell:open-external']

    it('accepts a URL up to 2048 characters', () => {
      expect(request.safeParse({ url: 'https://example.com/' }).success).toBe(true)
      expect(request.safeParse({ url: 'h'.repeat(2_048) }).success).toBe(true)
    })

    it.each([
      ['a too long url', { url: 'h'.repeat(2_049) }],
      ['an empty url', { url: '' }],
      ['a missing url', {}],
      ['a numeric url', { url: 1 }],
      ['an extra key', { url: 'https://example.com/', extra: 1 }],
      ['a __proto__ key', JSON.parse('{"url":"https://example.com/","__proto__":{"polluted":1}}')],
      ['a string', 'https://example.com/'],
      ['null', null],
    ])('rejects %s', (_label, value) => {
      expect(request.safeParse(value).success).toBe(false)
    })
  })

  it('takes an empty object, strictly, for app:get-info', () => {
    const { request } = invokeContract['app:get-info']
    expect(request.safeParse({}).success).toBe(true)
    expect(request.safeParse({ a: 1 }).success).toBe(false)
    expect(request.safeParse(undefined).success).toBe(false)
  })

  it('validates the AppInfo response strictly', () => {
    const { response } = invokeContract['app:get-info']
    const info: AppInfo = {
      name: 'Diligent',
      version: '1.0.0',
      electronVersion: null,
      platform: 'win32',
      dataDirectory: 'C:\\Users\\a\\AppData\\Roaming\\Diligent',
      cloneCacheDirectory: 'C:\\Users\\a\\AppData\\Local\\Diligent\\clones',
    }
    expect(response.parse(info)).toStrictEqual(info)
    expect(response.safeParse({ ...info, extra: true }).success).toBe(false)
    expect(response.safeParse({ ...info, electronVersion: undefined }).success).toBe(false)
  })

  describe('backup:save request', () => {
    const { request } = invokeContract['backup:save']

    it('accepts a plain file name ending in .json and content up to the backup size cap', () => {
      expect(
        request.safeParse({ suggestedName: 'Acme-2026-12-04.diligent-backup.json', content: '{}' }).success,
      ).toBe(true)
      expect(
        request.safeParse({ suggestedName: 'a.json', content: 'x'.repeat(BACKUP_MAX_BYTES) }).success,
      ).toBe(true)
    })

    it.each([
      ['a path', { suggestedName: '../../.bashrc.json', content: '{}' }],
      ['a Windows path', { suggestedName: 'C:\\Users\\a\\b.json', content: '{}' }],
      ['a hidden file', { suggestedName: '.json', content: '{}' }],
      ['another extension', { suggestedName: 'backup.exe', content: '{}' }],
      ['a name with spaces', { suggestedName: 'my backup.json', content: '{}' }],
      ['a too long name', { suggestedName: `${'a'.repeat(200)}.json`, content: '{}' }],
      ['content over the cap', { suggestedName: 'a.json', content: 'x'.repeat(BACKUP_MAX_BYTES + 1) }],
      ['no content', { suggestedName: 'a.json' }],
      ['an extra key', { suggestedName: 'a.json', content: '{}', path: '/etc/passwd' }],
    ])('rejects %s', (_label, value) => {
      expect(request.safeParse(value).success).toBe(false)
    })
  })

  it('answers backup:open with a file or, when cancelled, null', () => {
    const { request, response } = invokeContract['backup:open']
    expect(request.safeParse({}).success).toBe(true)
    expect(request.safeParse({ path: '/etc/passwd' }).success).toBe(false)
    expect(response.safeParse({ file: null }).success).toBe(true)
    expect(response.safeParse({ file: { name: 'a.json', content: '{}' } }).success).toBe(true)
    expect(
      response.safeParse({ file: { name: 'a.json', content: 'x'.repeat(BACKUP_MAX_BYTES + 1) } }).success,
    ).toBe(false)
  })

  it('answers sarif:import with one entry per tool, or null when cancelled, and takes no path', () => {
    const { request, response } = invokeContract['sarif:import']
    expect(request.safeParse({}).success).toBe(true)
    expect(request.safeParse({ path: '/etc/passwd' }).success).toBe(false)
    expect(response.safeParse({ import: null }).success).toBe(true)
    const finding = {
      fingerprint: 'sarif:0123',
      ruleId: 'sarif/eslint/no-eval',
      category: 'debt',
      severity: 'high',
      title: 'Disallow eval',
      explanation: 'eval can be harmful.',
      location: { path: 'src/a.js', line: 3, column: 10 },
      evidence: null,
      effortMinutes: 120,
      remediation: 'See the rule.',
      references: [],
    }
    const tool = { toolName: 'ESLint', toolVersion: '8.57.0', findings: [finding], warnings: [] }
    expect(response.safeParse({ import: { fileName: 'eslint.sarif', tools: [tool] } }).success).toBe(true)
    expect(
      response.safeParse({ import: { fileName: 'eslint.sarif', tools: [{ ...tool, path: '/x' }] } }).success,
    ).toBe(false)
    expect(
      response.safeParse({
        import: { fileName: 'e.sarif', tools: [{ ...tool, findings: [{ ...finding, severity: 'bad' }] }] },
      }).success,
    ).toBe(false)
  })

  describe('settings and freshness', () => {
    it('reads and sets the online checks switch, a boolean and nothing else', () => {
      expect(invokeContract['settings:get'].request.safeParse({}).success).toBe(true)
      const { request, response } = invokeContract['settings:set-online-checks']
      expect(request.safeParse({ enabled: true }).success).toBe(true)
      expect(request.safeParse({ enabled: 'true' }).success).toBe(false)
      expect(request.safeParse({ enabled: true, host: 'evil.example' }).success).toBe(false)
      expect(response.safeParse({ settings: { onlineChecks: false } }).success).toBe(true)
      expect(response.safeParse({ settings: { onlineChecks: false, proxy: 'x' } }).success).toBe(false)
    })

    it.each(['freshness:cached', 'freshness:lookup'] as const)('bounds what %s takes', (channel) => {
      const { request } = invokeContract[channel]
      const many = (count: number) =>
        Array.from({ length: count }, (_, index) => ({ name: `p${index}`, versions: [] }))
      expect(request.safeParse({ packages: many(20_000) }).success).toBe(true)
      expect(request.safeParse({ packages: many(20_001) }).success).toBe(false)
      expect(request.safeParse({ packages: [{ name: 'a'.repeat(214), versions: ['1.0.0'] }] }).success).toBe(
        true,
      )
      expect(request.safeParse({ packages: [{ name: 'a'.repeat(215), versions: [] }] }).success).toBe(false)
      expect(request.safeParse({ packages: [{ name: '', versions: [] }] }).success).toBe(false)
      expect(request.safeParse({ packages: [{ name: 'a', versions: ['v'.repeat(257)] }] }).success).toBe(
        false,
      )
      expect(request.safeParse({ packages: [{ name: 'a', versions: [], extra: 1 }] }).success).toBe(false)
    })

    it('answers each package with registry facts, an error, or neither, strictly', () => {
      const { response } = invokeContract['freshness:lookup']
      const facts = {
        source: 'network',
        fetchedAt: '2026-12-04T10:00:00.000Z',
        latest: '1.3.0',
        latestPublishedAt: '2018-04-09T01:02:03.000Z',
        latestDeprecated: null,
        versions: [
          {
            version: '1.1.3',
            inRegistry: true,
            publishedAt: '2016-03-23T21:09:30.000Z',
            deprecated: null,
            behind: 'minor',
            majorsBehind: 0,
          },
        ],
      }
      const error = { kind: 'timeout', message: 'No answer within 15 s' }
      expect(response.safeParse({ packages: [{ name: 'left-pad', facts, error: null }] }).success).toBe(true)
      expect(response.safeParse({ packages: [{ name: 'left-pad', facts, error }] }).success).toBe(true)
      expect(response.safeParse({ packages: [{ name: 'left-pad', facts: null, error: null }] }).success).toBe(
        true,
      )
      expect(
        response.safeParse({ packages: [{ name: 'left-pad', facts: { ...facts, source: 'mirror' }, error }] })
          .success,
      ).toBe(false)
      expect(
        response.safeParse({
          packages: [{ name: 'left-pad', facts: { ...facts, fetchedAt: 'today' }, error }],
        }).success,
      ).toBe(false)
      expect(
        response.safeParse({
          packages: [{ name: 'left-pad', facts: null, error: { kind: 'boom', message: '' } }],
        }).success,
      ).toBe(false)
    })
  })

  it('validates job events', () => {
    const progress = { jobId: JOB_ID, phase: 'clone', analyzerId: null, done: 1, total: null, message: '' }
    expect(eventContract['job:progress'].safeParse(progress).success).toBe(true)
    expect(eventContract['job:progress'].safeParse({ ...progress, done: -1 }).success).toBe(false)
    expect(eventContract['job:progress'].safeParse({ ...progress, done: 1.5 }).success).toBe(false)
    expect(eventContract['job:progress'].safeParse({ ...progress, jobId: 'not-a-uuid' }).success).toBe(false)
    expect(eventContract['job:progress'].safeParse({ ...progress, message: 'm'.repeat(501) }).success).toBe(
      false,
    )

    const finished = { jobId: JOB_ID, status: 'cancelled', error: null, result: null }
    expect(eventContract['job:finished'].safeParse(finished).success).toBe(true)
    expect(
      eventContract['job:finished'].safeParse({ ...finished, result: { schemaVersion: 99 } }).success,
    ).toBe(false)
    expect(eventContract['job:finished'].safeParse({ ...finished, status: 'exploded' }).success).toBe(false)
  })
})
