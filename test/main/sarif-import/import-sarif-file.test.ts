import { randomBytes } from 'node:crypto'
import { describe, expect, it, vi } from 'vitest'
import { bundledSecretRules } from '../../../src/main/engine/secrets/rule-pack'
import { redact } from '../../../src/main/engine/secrets/redact'
import { importSarifFile, type SarifFileDeps } from '../../../src/main/sarif-import/import-sarif-file'
import { secretRedactor } from '../../../src/main/sarif-import/redact-imported-text'
import { SARIF_MAX_BYTES } from '../../../src/shared/domain/tool-import'
import { makeCanaries, windowsOf } from '../../engine/secrets/canary-secrets'
import { fixtureBytes, keepText, logWith } from './helpers'

function deps(bytes: Uint8Array, overrides: Partial<SarifFileDeps> = {}): SarifFileDeps {
  return {
    chooseFile: async () => '/home/ada/Downloads/codeql.sarif',
    stat: async () => ({ isFile: true, size: bytes.byteLength }),
    readFile: async (_path, limit) => bytes.subarray(0, limit),
    redact: async () => keepText,
    ...overrides,
  }
}

describe('importSarifFile', () => {
  it('reads the file the auditor picks and answers with its tools\u2019 findings and its bare name', async () => {
    const answer = await importSarifFile(deps(fixtureBytes('codeql.sarif')))
    expect(answer.import?.fileName).toBe('codeql.sarif')
    expect(answer.import?.tools.map((tool) => [tool.toolName, tool.findings.length])).toEqual([['CodeQL', 3]])
  })

  it('reads nothing when the auditor cancels', async () => {
    const readFile = vi.fn()
    await expect(
      importSarifFile(deps(new Uint8Array(), { chooseFile: async () => null, readFile })),
    ).resolves.toEqual({
      import: null,
    })
    expect(readFile).not.toHaveBeenCalled()
  })

  it('refuses a folder, and a file over the limit before reading a byte', async () => {
    const readFile = vi.fn()
    await expect(
      importSarifFile(deps(new Uint8Array(), { stat: async () => ({ isFile: false, size: 0 }) })),
    ).rejects.toThrow('codeql.sarif is not a file. Nothing was imported.')
    await expect(
      importSarifFile(
        deps(new Uint8Array(), { stat: async () => ({ isFile: true, size: SARIF_MAX_BYTES + 1 }), readFile }),
      ),
    ).rejects.toThrow(/codeql\.sarif is too large to import/)
    expect(readFile).not.toHaveBeenCalled()
  })

  it('refuses a log that names more tools than any real one does', async () => {
    const runs = Array.from({ length: 101 }, (_, index) => ({ tool: { driver: { name: `Tool ${index}` } } }))
    await expect(
      importSarifFile(deps(Buffer.from(JSON.stringify({ version: '2.1.0', runs })))),
    ).rejects.toThrow(
      'codeql.sarif names 101 tools; Diligent imports at most 100 at once. Nothing was imported.',
    )
  })

  it('refuses a log without runs', async () => {
    await expect(importSarifFile(deps(Buffer.from('{"version":"2.1.0","runs":[]}')))).rejects.toThrow(
      'codeql.sarif has no tool runs in it. Nothing was imported.',
    )
  })
})

describe('secrets quoted by another tool', () => {
  it('are masked in titles and explanations with the engine\u2019s redaction, as its own findings are', async () => {
    const key = randomBytes(32)
    const canaries = makeCanaries().filter((planted) => !planted.secret.includes('\n'))
    const results = canaries.map((planted, index) => ({
      ruleId: `js/hardcoded-credentials-${index}`,
      message: { text: `The hard-coded value in ${planted.text.trim()} is used as a credential.` },
    }))
    const bytes = Buffer.from(logWith(results), 'utf8')
    const answer = await importSarifFile(
      deps(bytes, { redact: async () => secretRedactor(bundledSecretRules(), key) }),
    )
    const json = JSON.stringify(answer)
    for (const planted of canaries) {
      expect(json.includes(planted.secret), planted.name).toBe(false)
      for (const window of windowsOf(planted.secret, 8))
        expect(json.includes(window), planted.name).toBe(false)
    }
    expect(json).toContain(redact(canaries[0]?.secret ?? '', key))
  })
})
