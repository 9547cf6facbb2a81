import {
  NPM_REGISTRY_HOST,
  type LookupError,
  type PackageQuery,
  type RegistryRecord,
} from '../../shared/domain/freshness'
import { mapWithConcurrency } from '../engine/inventory/map-with-concurrency'
import { readPackument, recordOf } from './packument'
import { packumentUrl } from './registry-url'

/** `fetch` as the client uses it: Electron's session fetch in the app, a fake in every test. */
export type RegistryFetch = (url: string, init: RequestInit) => Promise<Response>

export interface NpmRegistryClientOptions {
  fetch: RegistryFetch
  now: () => Date
  /** Per package, for the answer and its whole body. */
  timeoutMs?: number
  /** Packuments of very busy packages run to tens of MB; anything larger is refused, not buffered. */
  maxBodyBytes?: number
  /** Requests in flight at once: polite to the registry, and a cap on memory held by bodies. */
  concurrency?: number
}

export type RegistryOutcome =
  { name: string; ok: true; record: RegistryRecord } | { name: string; ok: false; error: LookupError }

export interface NpmRegistryClient {
  /** One outcome per query, in order; a package that fails is an outcome, never a rejection. */
  fetchRecords(queries: readonly PackageQuery[]): Promise<RegistryOutcome[]>
}

const DEFAULT_TIMEOUT_MS = 15_000
const DEFAULT_MAX_BODY_BYTES = 32 * 1024 * 1024
const DEFAULT_CONCURRENCY = 6

/** The body as text, or null as soon as it grows past the cap (whatever Content-Length claimed). */
async function readCappedText(response: Response, maxBytes: number): Promise<string | null> {
  if (Number(response.headers.get('content-length')) > maxBytes) {
    await response.body?.cancel()
    return null
  }
  if (response.body === null) return ''
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  let size = 0
  let text = ''
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return text + decoder.decode()
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      return null
    }
    text += decoder.decode(value, { stream: true })
  }
}

function failure(name: string, kind: LookupError['kind'], message: string): RegistryOutcome {
  return { name, ok: false, error: { kind, message } }
}

/** Reads packuments from registry.npmjs.org with a time limit, a size cap and a bound on parallel requests. */
export function createNpmRegistryClient(options: NpmRegistryClientOptions): NpmRegistryClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES

  const fetchRecord = async ({ name, versions }: PackageQuery): Promise<RegistryOutcome> => {
    const url = packumentUrl(name)
    if (url === null) return failure(name, 'invalid-name', 'Not a valid npm package name: not looked up')
    const signal = AbortSignal.timeout(timeoutMs)
    try {
      const response = await options.fetch(url, {
        signal,
        redirect: 'error',
        credentials: 'omit',
        headers: { Accept: 'application/json' },
      })
      if (!response.ok) {
        await response.body?.cancel()
        return response.status === 404
          ? failure(name, 'not-found', `Not on ${NPM_REGISTRY_HOST} (a private or removed package?)`)
          : failure(name, 'http', `${NPM_REGISTRY_HOST} answered HTTP ${response.status}`)
      }
      const text = await readCappedText(response, maxBodyBytes)
      if (text === null) {
        return failure(name, 'too-large', `The registry's answer is over ${maxBodyBytes / 1024 / 1024} MB`)
      }
      let document: unknown
      try {
        document = JSON.parse(text)
      } catch {
        // JSON.parse's own message quotes the input; the auditor only needs to know it was not JSON.
        return failure(name, 'bad-response', "The registry's answer is not valid JSON")
      }
      const reading = readPackument(document, name)
      if (!reading.ok) return { name, ok: false, error: reading.error }
      return { name, ok: true, record: recordOf(reading.packument, versions, options.now().toISOString()) }
    } catch (error) {
      if (signal.aborted) return failure(name, 'timeout', `No answer within ${timeoutMs / 1000} s`)
      const reason = error instanceof Error ? `: ${error.message.slice(0, 200)}` : ''
      return failure(name, 'network', `Could not reach ${NPM_REGISTRY_HOST}${reason}`)
    }
  }

  return {
    fetchRecords: (queries) =>
      mapWithConcurrency(queries, options.concurrency ?? DEFAULT_CONCURRENCY, fetchRecord),
  }
}
