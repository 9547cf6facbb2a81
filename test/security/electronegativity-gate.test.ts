import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// The gate is proven the way it runs in `npm test`: as a process over a folder of built files. A
// weakened build must fail it, a locked-down one must pass, and the allowlist must stay honest.

const GATE = join(__dirname, '../../scripts/electronegativity-gate.mjs')

const LOCKED_DOWN_MAIN = `
const { app, BrowserWindow, session } = require('electron')
app.enableSandbox()
app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((contents, permission, callback) => callback(false))
  const window = new BrowserWindow({
    webPreferences: { nodeIntegration: false, contextIsolation: true, sandbox: true, webSecurity: true, disableBlinkFeatures: 'Auxclick' },
  })
  window.webContents.on('will-navigate', (event) => event.preventDefault())
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  window.loadURL('app://fixture/index.html')
})
`
const STRICT_PAGE = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; object-src 'none'; base-uri 'none'"></head><body></body></html>`

let root: string

async function build(name: string, files: Record<string, string>): Promise<string> {
  const folder = join(root, name)
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(folder, path)), { recursive: true })
    await writeFile(join(folder, path), content)
  }
  return folder
}

async function allowlist(
  name: string,
  entries: { check: string; file: string; justification: string }[],
): Promise<string> {
  const path = join(root, `${name}.json`)
  await writeFile(path, JSON.stringify({ entries }))
  return path
}

async function gate(input: string, allowlistPath: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [
      GATE,
      '--input',
      input,
      '--allowlist',
      allowlistPath,
    ])
    return { code: 0, output: stdout + stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, output: failed.stdout + failed.stderr }
  }
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'diligent-electronegativity-'))
})
afterAll(() => rm(root, { recursive: true, force: true }))

describe('electronegativity gate', () => {
  it('passes a locked-down build with nothing to justify', async () => {
    const input = await build('locked', {
      'main/index.js': LOCKED_DOWN_MAIN,
      'renderer/index.html': STRICT_PAGE,
    })
    const result = await gate(input, await allowlist('none', []))
    expect(result.output).toContain('0 issue(s)')
    expect(result.code).toBe(0)
  })

  it('fails a build that turns off isolation, the sandbox and web security, naming each check', async () => {
    const weakened = LOCKED_DOWN_MAIN.replace(
      'nodeIntegration: false, contextIsolation: true, sandbox: true, webSecurity: true',
      'nodeIntegration: true, contextIsolation: false, sandbox: false, webSecurity: false',
    )
    const input = await build('weakened', { 'main/index.js': weakened, 'renderer/index.html': STRICT_PAGE })
    const result = await gate(input, await allowlist('none', []))
    expect(result.code).toBe(1)
    for (const check of ['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'WEB_SECURITY_JS_CHECK'])
      expect(result.output).toContain(check)
  })

  it('fails a page without a Content-Security-Policy', async () => {
    const input = await build('no-csp', {
      'main/index.js': LOCKED_DOWN_MAIN,
      'renderer/index.html': '<html></html>',
    })
    const result = await gate(input, await allowlist('none', []))
    expect(result.code).toBe(1)
    expect(result.output).toContain('No CSP has been detected')
  })

  it('accepts a justified issue but refuses a thin justification and an entry that matches nothing', async () => {
    const input = await build('remote', {
      'main/index.js': LOCKED_DOWN_MAIN.replace('app://fixture/index.html', 'http://example.com/'),
      'renderer/index.html': STRICT_PAGE,
    })
    const justified = {
      check: 'HTTP_RESOURCES_JS_CHECK',
      file: 'main/index.js',
      justification: 'A fixture: this URL is never loaded by anything, it only exists to be reported.',
    }
    expect((await gate(input, await allowlist('justified', [justified]))).code).toBe(0)

    const thin = await gate(input, await allowlist('thin', [{ ...justified, justification: 'fine' }]))
    expect(thin.code).toBe(1)
    expect(thin.output).toContain('needs a real justification')

    const stale = {
      check: 'SANDBOX_JS_CHECK',
      file: 'main/index.js',
      justification: 'Excused once, when the sandbox was configured somewhere the check could not see.',
    }
    const staleResult = await gate(input, await allowlist('stale', [justified, stale]))
    expect(staleResult.code).toBe(1)
    expect(staleResult.output).toContain('SANDBOX_JS_CHECK in main/index.js matches nothing any more')
  })
})
