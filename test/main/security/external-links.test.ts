import { describe, expect, it, vi } from 'vitest'
import { isSafeExternalUrl, openExternalIfSafe } from '../../../src/main/security/external-links'

/** Plain web links: what the system browser may be handed. */
const SAFE = [
  'https://example.com',
  'https://example.com/docs/page?q=1#section',
  'http://example.com/',
  'HTTPS://EXAMPLE.COM/',
  'https://[::1]:8443/',
  'https://xn--80ak6aa92e.com/',
]

/** Anything that could run code, reach the file system or a share, or smuggle credentials. */
const REFUSED = [
  'javascript:alert(document.domain)',
  'JaVaScRiPt:alert(1)',
  'file:///etc/passwd',
  'file:///C:/Windows/System32/calc.exe',
  'file://fileserver/share/evil.exe',
  'smb://fileserver/share/evil.exe',
  '\\\\fileserver\\share\\evil.exe',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'ms-msdt:/id PCWDiagnostic',
  'search-ms:query=evil',
  'mailto:someone@example.com',
  'ftp://files.example.com/',
  'app://diligent/index.html',
  'chrome://settings',
  'https://user:password@example.com/',
  'https://user@example.com/',
  'https://:password@example.com/',
  'https:// /',
  'https://',
  '//example.com/path',
  'example.com',
  'not a url',
  '',
]

describe('isSafeExternalUrl', () => {
  it.each(SAFE)('accepts %j', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true)
  })

  it.each(REFUSED)('refuses %j', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false)
  })
})

describe('openExternalIfSafe', () => {
  it('opens a safe link, in its normalised form, and says so', async () => {
    const openExternal = vi.fn(async (_url: string) => undefined)

    await expect(openExternalIfSafe('HTTPS://Example.com/a b', openExternal)).resolves.toBe(true)

    expect(openExternal.mock.calls).toEqual([['https://example.com/a%20b']])
  })

  it.each(REFUSED)('never calls the opener for %j', async (url) => {
    const openExternal = vi.fn(async (_url: string) => undefined)

    await expect(openExternalIfSafe(url, openExternal)).resolves.toBe(false)

    expect(openExternal).not.toHaveBeenCalled()
  })

  it("passes the opener's failure on to the caller", async () => {
    const openExternal = vi.fn(async (_url: string) => {
      throw new Error('Failed to open')
    })

    await expect(openExternalIfSafe('https://example.com/', openExternal)).rejects.toThrow('Failed to open')
  })
})
