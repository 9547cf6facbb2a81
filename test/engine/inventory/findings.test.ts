import { describe, expect, it } from 'vitest'
import {
  BUILD_OUTPUT_MEDIUM_BYTES,
  BUILD_OUTPUT_MEDIUM_FILES,
  HUGE_SOURCE_CODE_LINES,
  inventoryFindings,
  LARGE_UNCOUNTED_FILE_BYTES,
  LARGE_SOURCE_CODE_LINES,
} from '../../../src/main/engine/inventory/findings'
import type { InspectedFile } from '../../../src/main/engine/inventory/inspect-file'

const source = (path: string, language: string, code: number): InspectedFile => ({
  kind: 'code',
  path,
  language,
  bytes: code * 40,
  code,
  comment: 0,
  blank: 0,
})

const leftOut = (
  path: string,
  kind: 'binary' | 'too-large' | 'unrecognised' | 'vendored' | 'generated',
  bytes: number,
  folder: string | null = null,
): InspectedFile => ({
  path,
  kind,
  bytes,
  reason: 'a reason',
  folder,
})

const summary = (inspected: InspectedFile[]) =>
  inventoryFindings(inspected).map(({ ruleId, category, severity, location }) => ({
    ruleId,
    category,
    severity,
    path: location?.path,
  }))

describe('inventory/very-large-file', () => {
  it.each([
    [LARGE_SOURCE_CODE_LINES, null],
    [LARGE_SOURCE_CODE_LINES + 1, 'low'],
    [HUGE_SOURCE_CODE_LINES, 'low'],
    [HUGE_SOURCE_CODE_LINES + 1, 'medium'],
  ])('a TypeScript file of %i code lines: %s', (code, severity) => {
    const findings = summary([source('src/big.ts', 'TypeScript', code)])
    expect(findings).toEqual(
      severity === null
        ? []
        : [{ ruleId: 'inventory/very-large-file', category: 'debt', severity, path: 'src/big.ts' }],
    )
  })

  it('reports the line count in the title and evidence, with a fingerprint that survives edits', () => {
    const [finding] = inventoryFindings([source('src/big.ts', 'TypeScript', 1234)])
    expect(finding).toMatchObject({
      title: 'Very large TypeScript file (1,234 code lines)',
      evidence: '1,234 code lines, 48.2 KB',
      location: { path: 'src/big.ts', line: null, column: null },
      snippet: 'very large source file',
      references: [],
    })
  })

  it('leaves long data and prose files alone', () => {
    expect(summary([source('i18n/en.json', 'JSON', 5000), source('CHANGELOG.md', 'Markdown', 5000)])).toEqual(
      [],
    )
    expect(summary([source('templates/page.html', 'HTML', 5000)])).toHaveLength(1)
  })

  it('flags binaries, unread and unrecognised files over the size limit, as a reliability issue', () => {
    expect(
      summary([
        leftOut('media/exact.mp4', 'binary', LARGE_UNCOUNTED_FILE_BYTES),
        leftOut('media/video.mp4', 'binary', LARGE_UNCOUNTED_FILE_BYTES + 1),
        leftOut('data/dump.sql', 'too-large', 20 * 1024 * 1024),
        leftOut('data/export.csv', 'unrecognised', 6 * 1024 * 1024),
        leftOut('node_modules/big.node', 'vendored', 20 * 1024 * 1024, 'node_modules'),
      ]).filter((finding) => finding.ruleId === 'inventory/very-large-file'),
    ).toEqual([
      {
        ruleId: 'inventory/very-large-file',
        category: 'reliability',
        severity: 'low',
        path: 'data/dump.sql',
      },
      {
        ruleId: 'inventory/very-large-file',
        category: 'reliability',
        severity: 'low',
        path: 'data/export.csv',
      },
      {
        ruleId: 'inventory/very-large-file',
        category: 'reliability',
        severity: 'low',
        path: 'media/video.mp4',
      },
    ])
  })
})

describe('inventory/committed-dependencies', () => {
  it('gives one finding per vendored folder, and none for a submodule', () => {
    const findings = inventoryFindings([
      leftOut('node_modules/a/index.js', 'vendored', 1000, 'node_modules'),
      leftOut('node_modules/b/index.js', 'vendored', 2048, 'node_modules'),
      leftOut('apps/web/vendor/x.php', 'vendored', 10, 'apps/web/vendor'),
      leftOut('libs/shared', 'vendored', 0, null),
    ])
    expect(
      findings.map(({ ruleId, severity, category, title, evidence, location }) => ({
        ruleId,
        severity,
        category,
        title,
        evidence,
        path: location?.path,
      })),
    ).toEqual([
      {
        ruleId: 'inventory/committed-dependencies',
        severity: 'medium',
        category: 'dependency',
        title: 'Dependencies committed under apps/web/vendor/',
        evidence: '1 file, 10 bytes under apps/web/vendor/',
        path: 'apps/web/vendor',
      },
      {
        ruleId: 'inventory/committed-dependencies',
        severity: 'medium',
        category: 'dependency',
        title: 'Dependencies committed under node_modules/',
        evidence: '2 files, 3.0 KB under node_modules/',
        path: 'node_modules',
      },
    ])
  })
})

describe('inventory/committed-build-output', () => {
  const files = (count: number, bytes: number): InspectedFile[] =>
    Array.from({ length: count }, (_, index) => leftOut(`dist/${index}.js`, 'generated', bytes, 'dist'))

  it.each([
    ['a few small files', files(BUILD_OUTPUT_MEDIUM_FILES - 1, 10), 'low'],
    ['many files', files(BUILD_OUTPUT_MEDIUM_FILES, 10), 'medium'],
    ['a few large files', files(2, BUILD_OUTPUT_MEDIUM_BYTES / 2), 'medium'],
  ])('%s: %s', (_case, inspected, severity) => {
    expect(summary(inspected)).toEqual([
      { ruleId: 'inventory/committed-build-output', category: 'process', severity, path: 'dist' },
    ])
  })

  it('ignores generated files that are not build output, like lockfiles', () => {
    expect(summary([leftOut('package-lock.json', 'generated', 500_000)])).toEqual([])
  })
})
