import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { startApp } from '../../../src/main/index'
import {
  APP_SCHEME_PRIVILEGES,
  createAppFileHandler,
  resolveAppFile,
} from '../../../src/main/protocol/app-protocol'
import { APP_ENTRY_URL } from '../../../src/shared/app-identity'
import { CONTENT_SECURITY_POLICY_HEADER } from '../../../src/shared/security/csp'
import { electron, resetElectronMock } from '../../helpers/electron-mock'

vi.mock('electron', async () => (await import('../../helpers/electron-mock')).electronModule)

/**
 * A real folder layout: `<tmp>/dist` is what the handler serves; next to it lie a secret file and a
 * look-alike `dist-evil` folder that a prefix check (startsWith(root)) would let through.
 */
let base: string
let root: string
let secretFile: string
let handler: (request: Request) => Promise<Response>

const FILES: Record<string, string> = {
  'index.html': '<!doctype html><title>Diligent</title>',
  'assets/app.js': 'console.log("app")',
  'assets/worker.mjs': 'export {}',
  'assets/style.css': 'body{margin:0}',
  'assets/data.json': '{"ok":true}',
  'assets/icon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'assets/logo.png': 'PNG',
  'assets/inter.woff2': 'WOFF2',
  'assets/inter.woff': 'WOFF',
  'assets/inter.ttf': 'TTF',
  'favicon.ico': 'ICO',
  'assets/blob.bin': 'BIN',
  'assets/PAGE.HTML': '<p>upper</p>',
  'assets/no-extension': 'plain',
}

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'diligent-app-protocol-'))
  root = join(base, 'dist')
  for (const [path, content] of Object.entries(FILES)) {
    await mkdir(join(root, path, '..'), { recursive: true })
    await writeFile(join(root, path), content)
  }
  secretFile = join(base, 'secret.txt')
  await writeFile(secretFile, 'TOP SECRET')
  await mkdir(join(base, 'dist-evil'))
  await writeFile(join(base, 'dist-evil', 'payload.js'), 'evil()')
  await symlink(secretFile, join(root, 'assets', 'leak.txt'))
  await symlink(base, join(root, 'assets', 'up'))
  await symlink(join(root, 'index.html'), join(root, 'assets', 'home.html'))
  if (process.platform !== 'win32') await writeFile(join(root, 'assets', 'back\\slash.js'), 'x')
  handler = createAppFileHandler(root)
})

afterAll(async () => {
  await rm(base, { recursive: true, force: true })
})

function get(url: string): Promise<Response> {
  return handler(new Request(url))
}

describe('serving the renderer', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/app.js', 'text/javascript; charset=utf-8'],
    ['assets/worker.mjs', 'text/javascript; charset=utf-8'],
    ['assets/style.css', 'text/css; charset=utf-8'],
    ['assets/data.json', 'application/json'],
    ['assets/icon.svg', 'image/svg+xml'],
    ['assets/logo.png', 'image/png'],
    ['favicon.ico', 'image/x-icon'],
    ['assets/inter.woff2', 'font/woff2'],
    ['assets/inter.woff', 'font/woff'],
    ['assets/inter.ttf', 'font/ttf'],
    ['assets/PAGE.HTML', 'text/html; charset=utf-8'],
    ['assets/blob.bin', 'application/octet-stream'],
    ['assets/no-extension', 'application/octet-stream'],
  ])('serves %s as %s', async (path, contentType) => {
    const response = await get(`app://diligent/${path}`)

    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toBe(contentType)
    expect(await response.text()).toBe(FILES[path])
  })

  it('sends the CSP and nosniff with every file', async () => {
    const response = await get('app://diligent/assets/app.js')

    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY_HEADER)
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
  })

  // Chromium canonicalises a standard scheme's `app://diligent` to `app://diligent/` before the handler.
  it('serves index.html for the root', async () => {
    const response = await get('app://diligent/')

    expect(response.status).toBe(200)
    expect(await response.text()).toBe(FILES['index.html'])
  })

  it('ignores the query string and the fragment', async () => {
    const response = await get('app://diligent/assets/style.css?v=3#x')

    expect(await response.text()).toBe(FILES['assets/style.css'])
  })

  it('decodes percent-encoded names inside the folder', async () => {
    const response = await get('app://diligent/assets/%61pp.js')

    expect(await response.text()).toBe(FILES['assets/app.js'])
  })

  it('follows a symlink that stays inside the folder', async () => {
    const response = await get('app://diligent/assets/home.html')

    expect(response.status).toBe(200)
    expect(await response.text()).toBe(FILES['index.html'])
  })
})

describe('refusing everything else with a 404', () => {
  it.each([
    // Traversal, plain and encoded (URL parsing folds `..` and `%2e%2e` segments, not `%2f`).
    'app://diligent/../secret.txt',
    'app://diligent/assets/../../secret.txt',
    'app://diligent/%2e%2e/secret.txt',
    'app://diligent/..%2fsecret.txt',
    'app://diligent/%2e%2e%2fsecret.txt',
    'app://diligent/%2E%2E%2Fsecret.txt',
    'app://diligent/assets/..%2f..%2fsecret.txt',
    'app://diligent/%2e%2e%2fdist-evil%2fpayload.js',
    'app://diligent/..%2fdist-evil/payload.js',
    'app://diligent/%252e%252e%252fsecret.txt',
    // Backslashes, raw and encoded.
    'app://diligent/..\\secret.txt',
    'app://diligent/..%5csecret.txt',
    'app://diligent/assets%5c..%5c..%5csecret.txt',
    // Absolute paths.
    'app://diligent//etc/passwd',
    'app://diligent/%2fetc%2fpasswd',
    'app://diligent/C:/Windows/win.ini',
    'app://diligent/C:%5cWindows%5cwin.ini',
    // NUL bytes.
    'app://diligent/index.html%00.png',
    'app://diligent/index.html\0.png',
    'app://diligent/%00',
    // Symlinks leaving the folder.
    'app://diligent/assets/leak.txt',
    'app://diligent/assets/up/secret.txt',
    // Other hosts and ports.
    'app://other/index.html',
    'app://diligent.evil.example/index.html',
    'app://evil.example/diligent/index.html',
    'app://diligent:8080/index.html',
    // Missing files, folders, broken escapes.
    'app://diligent/missing.js',
    'app://diligent/assets',
    'app://diligent/assets/',
    'app://diligent/%E0%A4%A',
    'app://diligent/%',
  ])('%j', async (url) => {
    const response = await get(url)

    expect(response.status).toBe(404)
    expect(await response.text()).toBe('Not found')
  })

  it('the absolute path of a real file outside the folder', async () => {
    const response = await get(`app://diligent/${encodeURIComponent(secretFile)}`)

    expect(response.status).toBe(404)
  })

  // On Windows a backslash is a separator; elsewhere it is a name character, so the refusal is
  // proved with a file that really has one in its name.
  it
    .skipIf(process.platform === 'win32')
    .each(['app://diligent/assets/back%5cslash.js', 'app://diligent/assets/back\\slash.js'])(
    'any backslash, even naming a real file: %j',
    async (url) => {
      expect((await get(url)).status).toBe(404)
    },
  )

  it('the file:// URL of a file inside the folder', async () => {
    await expect(resolveAppFile(root, `file://${join(root, 'index.html')}`)).resolves.toBeNull()
  })

  it.each(['https://diligent/index.html', 'file:///index.html', 'diligent/index.html', 'not a url', ''])(
    'resolves nothing for a foreign or malformed URL %j',
    async (url) => {
      await expect(resolveAppFile(root, url)).resolves.toBeNull()
    },
  )
})

describe('APP_SCHEME_PRIVILEGES', () => {
  it('makes app:// standard and secure (IndexedDB) and nothing more (no CSP bypass, no CORS)', () => {
    expect(APP_SCHEME_PRIVILEGES).toStrictEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    })
  })
})

describe('CONTENT_SECURITY_POLICY_HEADER', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY_HEADER.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/)
      return [name, sources] as const
    }),
  )

  it('denies by default and allows scripts from the app only', () => {
    expect(directives.get('default-src')).toEqual(["'none'"])
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('frame-ancestors')).toEqual(["'none'"])
  })

  it('names no remote origin and never allows eval', () => {
    const sources = [...directives.values()].flat()
    expect(sources.filter((source) => /eval|^https?:|^wss?:|^\*$|\*\./.test(source))).toEqual([])
    expect(
      sources.every((source) => /^'[a-z-]+'$/.test(source) || source === 'data:' || source === 'blob:'),
    ).toBe(true)
  })
})

describe('the app', () => {
  beforeEach(() => {
    resetElectronMock()
  })

  it('serves the renderer folder next to the main bundle over app://, once ready', async () => {
    startApp()
    expect(electron.protocol.handle).not.toHaveBeenCalled()
    await electron.app.becomeReady()

    expect(electron.protocol.handle.mock.calls.map(([scheme]) => scheme)).toEqual(['app'])
    const serve = electron.protocol.handlers.get('app')!
    // Under vitest the main bundle's folder is src/main, so the renderer folder is src/renderer.
    const page = await serve(new Request(APP_ENTRY_URL))
    expect(page.status).toBe(200)
    expect(page.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    // src/main/index.ts exists: reaching it would be a real escape from the renderer folder.
    expect((await serve(new Request('app://diligent/..%2fmain%2findex.ts'))).status).toBe(404)
  })
})
