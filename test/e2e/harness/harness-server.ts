import { createReadStream } from 'node:fs'
import { realpath, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, relative, resolve, sep } from 'node:path'
import type { Dispatch } from '../../../src/main/ipc/dispatch'
import type { EventName } from '../../../src/shared/ipc/channels'
import type { EventPayload } from '../../../src/shared/ipc/contract'
import { CONTENT_SECURITY_POLICY_HEADER } from '../../../src/shared/security/csp'

/** The routes the HTTP bridge in the page talks to; the page's CSP allows them as 'self'. */
export const INVOKE_ROUTE = '/__diligent/invoke/'
export const EVENTS_ROUTE = '/__diligent/events'
const MAX_BODY_BYTES = 1_000_000

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}

export interface HarnessServer {
  url: string
  /** Pushes a contract event to every page subscribed through the bridge, as main would over IPC. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void
  close(): Promise<void>
}

async function readBody(request: IncomingMessage): Promise<string> {
  let size = 0
  const chunks: Buffer[] = []
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) throw new Error('Request body too large')
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

async function serveStatic(rendererDir: string, pathname: string, response: ServerResponse): Promise<void> {
  const root = await realpath(rendererDir)
  const file = resolve(root, `.${sep}${decodeURIComponent(pathname === '/' ? '/index.html' : pathname)}`)
  const inside = relative(root, file)
  const info = inside.startsWith('..') ? null : await stat(file).catch(() => null)
  if (info === null || !info.isFile()) {
    response.writeHead(404).end('Not found')
    return
  }
  response.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
  })
  createReadStream(file).pipe(response)
}

/**
 * Serves the built renderer and stands in for the preload bridge: invoke calls arrive over HTTP
 * and go through the same dispatch (schema validation included) that ipcMain uses in the app.
 */
export async function startHarnessServer(rendererDir: string, dispatch: Dispatch): Promise<HarnessServer> {
  const subscribers = new Set<ServerResponse>()

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const { pathname } = new URL(request.url ?? '/', 'http://harness')
    if (request.method === 'POST' && pathname.startsWith(INVOKE_ROUTE)) {
      const channel = decodeURIComponent(pathname.slice(INVOKE_ROUTE.length))
      const result = await dispatch(channel, JSON.parse(await readBody(request)) as unknown)
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(result))
      return
    }
    if (request.method === 'GET' && pathname === EVENTS_ROUTE) {
      response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' })
      response.write(': connected\n\n')
      subscribers.add(response)
      request.on('close', () => subscribers.delete(response))
      return
    }
    if (request.method === 'GET') {
      await serveStatic(rendererDir, pathname, response)
      return
    }
    response.writeHead(405).end()
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500)
      response.end(String(error))
    })
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    emit(event, payload) {
      const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`
      for (const subscriber of subscribers) subscriber.write(frame)
    },
    close: () =>
      new Promise<void>((done) => {
        for (const subscriber of subscribers) subscriber.end()
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}
