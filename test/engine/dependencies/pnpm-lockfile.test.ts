import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import type { Importer, LockContents } from '../../../src/main/engine/dependencies/model'
import { readPnpmLockfile } from '../../../src/main/engine/dependencies/pnpm-lockfile'
import { settleLockfile } from '../../../src/main/engine/dependencies/settle-lockfile'
import { PNPM_V5_LOCK, PNPM_V6_LOCK, PNPM_V9_LOCK } from './fixtures'
import { importer, recorder } from './helpers'

type Row = [string, boolean, boolean, boolean]

function read(text: string): LockContents {
  const contents = readPnpmLockfile('pnpm-lock.yaml', parse(text), (message) => {
    throw new Error(`unexpected warning: ${message}`)
  })
  if (contents === null) throw new Error('not read')
  return contents
}

function rows(contents: LockContents, importers: readonly Importer[] = []): Row[] {
  return settleLockfile(contents, importers)
    .packages.map(({ node, direct, dev }): Row => [
      `${node.name}@${node.version}`,
      direct,
      dev,
      node.installScript,
    ])
    .sort(([left], [right]) => (left < right ? -1 : 1))
}

describe('pnpm-lock.yaml v9', () => {
  const contents = read(PNPM_V9_LOCK)
  const importers = [
    importer('', {
      name: 'acme',
      dependencies: { react: '^18.2.0', 'react-dom': '^18.2.0' },
      devDependencies: { vitest: '^1.2.0' },
    }),
    importer('packages/lib', {
      name: '@acme/lib',
      dependencies: { '@acme/utils': 'workspace:*', 'left-pad': '1.3.0' },
    }),
    importer('packages/utils', { name: '@acme/utils' }),
  ]

  it('joins snapshots to package metadata and settles dev from the importers through the graph', () => {
    expect(contents.kind).toBe('pnpm')
    expect(rows(contents, importers)).toEqual([
      ['esbuild@0.19.11', false, true, true],
      ['js-tokens@4.0.0', false, false, false],
      ['left-pad@1.3.0', true, false, false],
      ['loose-envify@1.4.0', false, false, false],
      ['react-dom@18.2.0', true, false, false],
      ['react@18.2.0', true, false, false],
      ['scheduler@0.23.0', false, false, false],
      ['vitest@1.2.0', true, true, false],
    ])
    expect(settleLockfile(contents, importers).missing).toEqual([])
  })

  it('reports a manifest that has moved on from its importer', () => {
    const changed = [
      importer('', {
        dependencies: { react: '^18.2.0', zod: '^3.22.0' },
        devDependencies: { vitest: '^1.2.0' },
      }),
    ]
    expect(settleLockfile(contents, changed).missing).toEqual([
      { manifest: 'package.json', name: 'zod' },
      { manifest: 'package.json', name: 'react-dom' },
    ])
  })
})

describe('pnpm-lock.yaml v6', () => {
  it('reads /name@version keys, dev flags and requiresBuild of a single-project lockfile', () => {
    expect(rows(read(PNPM_V6_LOCK))).toEqual([
      ['bcrypt@5.1.1', true, false, true],
      ['debug@2.6.9', false, false, false],
      ['express@4.18.2', true, false, false],
      ['ms@2.0.0', false, false, false],
      ['typescript@5.3.3', true, true, false],
    ])
  })
})

describe('pnpm-lock.yaml v5', () => {
  it('reads /name/version keys with peer suffixes and scoped names', () => {
    expect(rows(read(PNPM_V5_LOCK))).toEqual([
      ['@babel/core@7.23.0', true, true, false],
      ['debug@4.3.4', false, true, false],
      ['lodash@4.17.21', true, false, false],
      ['ms@2.1.2', false, true, false],
      ['react-dom@18.2.0', true, false, false],
    ])
  })
})

describe('pnpm lockfiles that cannot be read', () => {
  it.each([
    [
      "lockfileVersion: '7.0'\npackages: {}\n",
      'lockfileVersion "7.0" is not one Diligent reads (5, 6 or 9), so its packages were not read',
    ],
    [
      'lockfileVersion: 99\n',
      'lockfileVersion 99 is not one Diligent reads (5, 6 or 9), so its packages were not read',
    ],
    ['packages: {}\n', 'The lockfile has no lockfileVersion, so its packages were not read'],
    ['- a\n- b\n', 'The lockfile holds an array, not a mapping, so it was skipped'],
  ])('%j', (text, message) => {
    const { warn, warnings } = recorder()
    expect(readPnpmLockfile('pnpm-lock.yaml', parse(text), warn)).toBeNull()
    expect(warnings).toEqual([{ message, path: 'pnpm-lock.yaml' }])
  })

  it('skips entries that are not mappings or have no name and version', () => {
    const { warn, warnings } = recorder()
    const contents = readPnpmLockfile(
      'pnpm-lock.yaml',
      parse("lockfileVersion: '9.0'\npackages:\n  a@1.0.0: {}\n  weird: {}\n  b@2.0.0: nope\n"),
      warn,
    )
    expect(contents?.nodes.map((node) => node.id)).toEqual(['a@1.0.0'])
    expect(warnings).toEqual([
      { message: '2 package entries are malformed and were skipped', path: 'pnpm-lock.yaml' },
    ])
  })
})
