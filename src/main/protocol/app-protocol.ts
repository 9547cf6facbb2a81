import { realpath, readFile } from 'node:fs/promises'
import { extname, isAbsolute, relative, resolve, sep } from 'node:path'
import { APP_HOST, APP_SCHEME } from '../../shared/app-identity'
import { CONTENT_SECURITY_POLICY_HEADER } from '../../shared/security/csp'

/**
 * `standard` and `secure` give the app:// origin IndexedDB and the other web storage APIs
 * (Electron disables storage for non-standard schemes). Must be registered before `ready`.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
}

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
}

/**
 * Maps an app:// URL to a file under `rootDir`, or null when the URL is foreign or would leave the
 * folder. The decoded path is checked, not the raw one (`..%2f` survives URL parsing), and so is
 * the real path after symlinks.
 */
export async function resolveAppFile(rootDir: string, url: string): Promise<string | null> {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null

  let pathname: string
  try {
    pathname = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null
  const requested = pathname === '/' ? '/index.html' : pathname

  const root = await realpath(rootDir)
  const candidate = resolve(root, `.${sep}${requested}`)
  if (!isInside(root, candidate)) return null
  try {
    const real = await realpath(candidate)
    return isInside(root, real) ? real : null
  } catch {
    return null
  }
}

/** The handler behind `protocol.handle('app', …)`: serves the built renderer, 404 for anything else. */
export function createAppFileHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const file = await resolveAppFile(rootDir, request.url)
    if (file === null) return new Response('Not found', { status: 404 })
    let body: Buffer
    try {
      body = await readFile(file)
    } catch {
      return new Response('Not found', { status: 404 })
    }
    const contentType = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': contentType,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
        'X-Content-Type-Options': 'nosniff',
      },
    })
  }
}
