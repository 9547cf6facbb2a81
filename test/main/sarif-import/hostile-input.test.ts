import { describe, expect, it } from 'vitest'
import { readSarifLog, SarifRefusedError } from '../../../src/main/sarif-import/read-sarif-log'
import { SARIF_MAX_BYTES, SarifImportSchema } from '../../../src/shared/domain/tool-import'
import { convertText, logWith } from './helpers'

const read = (text: string | Uint8Array) =>
  readSarifLog(typeof text === 'string' ? Buffer.from(text, 'utf8') : text, 'upload.sarif')

const result = (overrides: Record<string, unknown> = {}) => ({
  ruleId: 'r1',
  message: { text: 'Something is wrong' },
  locations: [{ physicalLocation: { artifactLocation: { uri: 'src/a.js' }, region: { startLine: 3 } } }],
  ...overrides,
})

describe('files that are not SARIF 2.1.0', () => {
  it('refuses text that is not JSON by position only, never echoing the input', () => {
    const secret = 'sk_live_51Habcdefghijklmnopqrstuv'
    let error: unknown
    try {
      read(`{"token": ${secret}}`)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(SarifRefusedError)
    expect((error as Error).message).toBe(
      'upload.sarif is not a SARIF file: it is not valid JSON. Nothing was imported.',
    )
    expect((error as Error).message).not.toContain('sk_live')
    // Where V8 gives a position, that and nothing else is repeated.
    expect(() => read('{"version": "2.1.0"}x')).toThrow(
      'upload.sarif is not a SARIF file: it is not valid JSON (the problem is at character 20). Nothing was imported.',
    )
    expect(() => read('{"version": "2.1.0", "runs": [')).toThrow(
      /not valid JSON \(it ends too soon, or was cut short\)/,
    )
  })

  it('refuses a megabyte of random bytes, and text that is not UTF-8', () => {
    const garbage = Uint8Array.from({ length: 1024 * 1024 }, (_, index) => (index * 7919 + 13) % 256)
    expect(() => read(garbage)).toThrow(SarifRefusedError)
    expect(() => read(Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d]))).toThrow(/not UTF-8 text/)
  })

  it('refuses other JSON, other versions and a broken log, naming what is wrong', () => {
    expect(() => read('[1, 2, 3]')).toThrow(/is not a SARIF log: it has no "version" or "runs"/)
    expect(() => read('{"name": "package.json"}')).toThrow(/is not a SARIF log/)
    expect(() => read('{"version": "2.0.0", "runs": []}')).toThrow(
      'upload.sarif is SARIF version 2.0.0; Diligent reads SARIF 2.1.0 only. Nothing was imported.',
    )
    expect(() => read('{"version": "<script>=cmd|x", "runs": []}')).toThrow(/SARIF version scriptcmdx;/)
    expect(() => read('{"runs": []}')).toThrow(/SARIF version undefined;/)
    expect(() => read('{"version": "2.1.0", "runs": [{"tool": {}}]}')).toThrow(
      /not a SARIF 2.1.0 log Diligent can read \(at runs\.0\.tool\.driver\)/,
    )
  })

  it('refuses a file over the size limit before parsing it', () => {
    expect(() => read(new Uint8Array(SARIF_MAX_BYTES + 1))).toThrow(
      /too large to import \(101 MB; the limit is 100 MB\)/,
    )
  })

  it('reads a file with a byte order mark, and deep nesting inside a result is left alone', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`
    const text = `\uFEFF${logWith([result()]).replace('"Something is wrong"}', `"Something is wrong"},"properties":{"x":${deep}}`)}`
    expect(read(text).runs).toHaveLength(1)
    expect(convertText(text.slice(1))[0]?.findings).toHaveLength(1)
    expect(() => read(deep)).toThrow(/is not a SARIF log/)
  })
})

describe('hostile content in a valid log', () => {
  it('keeps paths as labels, relative when they can be and as given when not', () => {
    const uris = [
      '../../etc/passwd',
      'C:\\Users\\dev\\app\\src\\a.js',
      'file:///C:/Users/dev/app/src/b.js',
      'file:///etc/shadow',
      '%SRCROOT%/src/c.js',
      './././src/d.js',
      'src/%E2%9C%93 done.js',
      'src/bad%escape.js',
      'src/ctrl\u0000\u001b[31m.js',
    ]
    const [tool] = convertText(
      logWith(
        uris.map((uri) => result({ locations: [{ physicalLocation: { artifactLocation: { uri } } }] })),
      ),
    )
    expect(tool?.findings.map((finding) => finding.location?.path)).toEqual([
      '../../etc/passwd',
      'C:\\Users\\dev\\app\\src\\a.js',
      'C:/Users/dev/app/src/b.js',
      '/etc/shadow',
      'src/c.js',
      'src/d.js',
      'src/\u2713 done.js',
      'src/bad%escape.js',
      'src/ctrl[31m.js',
    ])
  })

  it('cuts huge strings, and keeps formula-like text as plain text for the exports to neutralise', () => {
    const huge = `=HYPERLINK("http://evil")${'A'.repeat(5_000_000)}`
    const [tool] = convertText(
      logWith(
        [
          result({ ruleId: `@cmd|' /C calc'!A0${'x'.repeat(10_000)}`, message: { text: huge } }),
          result({ suppressions: [{ kind: 'inSource' }] }),
        ],
        [],
        {
          tool: { driver: { name: `=1+1${'T'.repeat(10_000)}`, version: 'v'.repeat(1_000) } },
        },
      ),
    )
    expect(tool?.toolName).toHaveLength(200)
    expect(tool?.toolVersion).toHaveLength(100)
    const [finding] = tool?.findings ?? []
    expect(finding?.ruleId.startsWith('sarif/1-1tttt')).toBe(true)
    expect(finding?.ruleId).toHaveLength(200)
    expect(finding?.title.startsWith('=HYPERLINK("http://evil")')).toBe(true)
    expect(finding?.title).toHaveLength(300)
    expect(finding?.explanation).toHaveLength(4_000)
    expect(finding?.remediation.length).toBeLessThanOrEqual(4_000)
    // Within what the IPC contract lets main answer with, warnings included.
    expect(SarifImportSchema.safeParse({ fileName: 'upload.sarif', tools: [tool] }).success).toBe(true)
  })

  it('skips malformed results, passes and suppressions, and says how many', () => {
    const [tool] = convertText(
      logWith([
        result(),
        { ruleId: 'no-message' },
        result({ level: 'fatal' }),
        result({ kind: 'pass' }),
        result({ suppressions: [{ kind: 'inSource' }] }),
        result({ suppressions: [{ kind: 'external', status: 'rejected' }] }),
        result({ baselineState: 'absent' }),
        42,
      ]),
    )
    expect(tool?.findings).toHaveLength(2)
    expect(tool?.warnings).toEqual([
      '3 results could not be read (not SARIF 2.1.0 results) and were skipped.',
      '2 results suppressed in Tool or absent since its baseline were skipped.',
      '1 result that passed or did not apply were skipped.',
    ])
  })

  it('caps the results kept from one file, across runs, and warns of the rest', () => {
    const run = (name: string, count: number) => ({
      tool: { driver: { name } },
      results: Array.from({ length: count }, (_, index) => result({ ruleId: `r${index}` })),
    })
    const [first, second] = convertText(
      JSON.stringify({ version: '2.1.0', runs: [run('One', 3), run('Two', 4)] }),
      { limit: 5 },
    )
    expect(first?.findings).toHaveLength(3)
    expect(second?.findings).toHaveLength(2)
    expect(second?.warnings).toEqual([
      '2 results were not imported: Diligent keeps at most 5 results, and at most 40 million characters of their text, from one file.',
    ])
  })

  it('drops a position of 0 but keeps the result, and finds a rule by id when its index is wrong', () => {
    const [tool] = convertText(
      logWith(
        [
          result({
            ruleIndex: 7,
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: 'a.js' },
                  region: { startLine: 0, startColumn: 0 },
                },
              },
            ],
          }),
        ],
        [{ id: 'other' }, { id: 'r1', shortDescription: { text: 'Rule one' } }],
      ),
    )
    expect(tool?.findings[0]).toMatchObject({
      title: 'Rule one',
      location: { path: 'a.js', line: null, column: null },
    })
  })

  it('stops keeping results once their text reaches the budget, so the answer fits through IPC', () => {
    const long = result({ message: { text: 'x'.repeat(4_000) } })
    const [tool] = convertText(logWith(Array.from({ length: 10 }, () => long)), { textBudget: 10_000 })
    expect(tool?.findings).toHaveLength(3)
    expect(tool?.warnings[0]).toMatch(/^7 results were not imported: .* at most 0\.01 million characters/)
  })

  it('keeps only https documentation links without credentials', () => {
    const links = [
      'javascript:alert(1)',
      'http://example.com/r',
      'https://user:pw@example.com/r',
      'https://example.com/r',
    ]
    const [tool] = convertText(
      logWith(
        links.map((_, index) => result({ ruleId: `r${index}`, ruleIndex: index })),
        links.map((helpUri, index) => ({ id: `r${index}`, helpUri })),
      ),
    )
    expect(tool?.findings.map((finding) => finding.references.map((reference) => reference.url))).toEqual([
      [],
      [],
      [],
      ['https://example.com/r'],
    ])
  })
})
