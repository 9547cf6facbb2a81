import { describe, expect, it } from 'vitest'
import type { LockContents } from '../../../src/main/engine/dependencies/model'
import { MAX_NPM_V1_DEPTH, readNpmLockfile } from '../../../src/main/engine/dependencies/npm-lockfile'
import { settleLockfile } from '../../../src/main/engine/dependencies/settle-lockfile'
import { API, NPM_V3_LOCK, ROOT, SHARED } from './fixtures'
import { importer, recorder } from './helpers'

function read(data: unknown): LockContents {
  const contents = readNpmLockfile('package-lock.json', data, () => {
    throw new Error('unexpected warning')
  })
  if (contents === null) throw new Error('not read')
  return contents
}

type Row = [string, boolean, boolean, string | null, boolean]

function settledRows(contents: LockContents, importers = [importer('', ROOT)]): Row[] {
  return settleLockfile(contents, importers)
    .packages.map(({ node, direct, dev }): Row => [
      `${node.name}@${node.version}`,
      direct,
      dev,
      node.license,
      node.installScript,
    ])
    .sort(([left], [right]) => (left < right ? -1 : 1))
}

describe('package-lock.json v2 and v3 (packages map)', () => {
  it('reads every installed package with its licence, dev flag and install script; links and importers are not packages', () => {
    const contents = read(NPM_V3_LOCK)
    expect(contents.kind).toBe('npm-v3')
    const importers = [importer('', ROOT), importer('packages/api', API), importer('packages/shared', SHARED)]
    expect(settledRows(contents, importers)).toEqual([
      ['custom@2.0.0', false, false, 'SEE LICENSE IN LICENSE.md', false],
      ['debug@2.6.9', false, false, 'MIT', false],
      ['express@4.18.2', true, false, 'MIT', false],
      ['fsevents@2.3.3', false, true, 'MIT', true],
      ['ghostscript4js@3.2.2', false, false, 'AGPL-3.0-only', true],
      ['jest@29.7.0', true, true, 'MIT', false],
      ['left-pad@1.3.0', true, false, 'WTFPL', false],
      ['lodash@3.10.1', true, false, 'MIT', false],
      ['lodash@4.17.21', false, false, 'MIT', false],
      ['ms@2.0.0', false, false, 'MIT', false],
      ['ms@2.1.3', false, true, 'MIT', false],
      ['mystery@1.0.0', false, false, null, false],
    ])
  })

  it('reports declared-but-unlocked and locked-but-undeclared dependencies; workspace links are neither', () => {
    const importers = [importer('', ROOT), importer('packages/api', API), importer('packages/shared', SHARED)]
    expect(settleLockfile(read(NPM_V3_LOCK), importers).missing).toEqual([
      { manifest: 'package.json', name: 'chalk' },
      { manifest: 'package.json', name: 'request' },
    ])
  })

  it('reports every dependency of a workspace the lockfile does not know yet', () => {
    const importers = [
      importer('', ROOT),
      importer('packages/new', { name: 'new', dependencies: { zod: '^3.0.0' } }),
    ]
    expect(settleLockfile(read(NPM_V3_LOCK), importers).missing).toContainEqual({
      manifest: 'packages/new/package.json',
      name: 'zod',
    })
  })

  it('uses the name an alias entry records', () => {
    const contents = read({
      lockfileVersion: 2,
      packages: {
        '': { dependencies: { 'string-width-cjs': 'npm:string-width@^4.2.0' } },
        'node_modules/string-width-cjs': { name: 'string-width', version: '4.2.3', license: 'MIT' },
      },
      dependencies: { 'string-width-cjs': { version: 'npm:string-width@4.2.3' } },
    })
    expect(contents.kind).toBe('npm-v2')
    expect(
      settledRows(contents, [
        importer('', { dependencies: { 'string-width-cjs': 'npm:string-width@^4.2.0' } }),
      ]),
    ).toEqual([['string-width@4.2.3', true, false, 'MIT', false]])
  })

  it('skips malformed entries and says how many', () => {
    const { warn, warnings } = recorder()
    const contents = readNpmLockfile(
      'package-lock.json',
      {
        lockfileVersion: 3,
        packages: {
          '': {},
          'node_modules/a': 'nope',
          'node_modules/b': { version: 7 },
          'node_modules/c': { version: '1.0.0' },
        },
      },
      warn,
    )
    expect(contents?.nodes.map((node) => node.id)).toEqual(['node_modules/c'])
    expect(warnings).toEqual([
      { message: '2 package entries are malformed and were skipped', path: 'package-lock.json' },
    ])
  })
})

describe('package-lock.json v1 (nested dependencies)', () => {
  const V1 = {
    name: 'legacy',
    version: '1.0.0',
    lockfileVersion: 1,
    requires: true,
    dependencies: {
      express: {
        version: '4.17.1',
        resolved: 'https://registry.npmjs.org/express/-/express-4.17.1.tgz',
        requires: { debug: '2.6.9' },
      },
      debug: { version: '2.6.9', requires: { ms: '2.0.0' } },
      ms: { version: '2.0.0' },
      mocha: {
        version: '8.4.0',
        dev: true,
        requires: { ms: '2.1.3' },
        dependencies: { ms: { version: '2.1.3', dev: true } },
      },
      'strip-ansi-cjs': { version: 'npm:strip-ansi@6.0.1' },
    },
  }

  it('walks the nesting, keeps dev flags, and finds direct dependencies from the manifest', () => {
    const contents = read(V1)
    expect(contents.kind).toBe('npm-v1')
    const manifest = {
      dependencies: { express: '^4.17.1', 'strip-ansi-cjs': 'npm:strip-ansi@^6.0.1', lodash: '^4' },
      devDependencies: { mocha: '^8' },
    }
    expect(settledRows(contents, [importer('', manifest)])).toEqual([
      ['debug@2.6.9', false, false, null, false],
      ['express@4.17.1', true, false, null, false],
      ['mocha@8.4.0', true, true, null, false],
      ['ms@2.0.0', false, false, null, false],
      ['ms@2.1.3', false, true, null, false],
      ['strip-ansi@6.0.1', true, false, null, false],
    ])
    expect(settleLockfile(contents, [importer('', manifest)]).missing).toEqual([
      { manifest: 'package.json', name: 'lodash' },
    ])
  })

  it(`stops at ${MAX_NPM_V1_DEPTH} levels of nesting with a warning, without recursion`, () => {
    let dependencies: Record<string, unknown> = { leaf: { version: '1.0.0' } }
    for (let level = 0; level < 5_000; level += 1)
      dependencies = { [`p${level}`]: { version: '1.0.0', dependencies } }
    const { warn, warnings } = recorder()
    const contents = readNpmLockfile('package-lock.json', { lockfileVersion: 1, dependencies }, warn)
    expect(contents?.nodes).toHaveLength(MAX_NPM_V1_DEPTH)
    expect(warnings).toEqual([
      {
        message: `Dependencies nested deeper than ${MAX_NPM_V1_DEPTH} levels were not read (1 branches)`,
        path: 'package-lock.json',
      },
    ])
  })
})

describe('lockfiles that cannot be read', () => {
  it.each([
    [
      { lockfileVersion: 99, packages: { 'node_modules/a': { version: '1.0.0' } } },
      'lockfileVersion 99 is not one Diligent reads (1, 2 or 3), so its packages were not read',
    ],
    [
      { lockfileVersion: '3', packages: {} },
      'lockfileVersion "3" is not one Diligent reads (1, 2 or 3), so its packages were not read',
    ],
    [
      { lockfileVersion: 3, packages: [] },
      'lockfileVersion 3 without a "packages" map, so its packages were not read',
    ],
    [{}, 'The lockfile has neither a lockfileVersion nor dependencies, so nothing was read from it'],
    [[], 'The lockfile holds an array, not an object, so it was skipped'],
    ['text', 'The lockfile holds a string, not an object, so it was skipped'],
  ])('%j', (data, message) => {
    const { warn, warnings } = recorder()
    expect(readNpmLockfile('package-lock.json', data, warn)).toBeNull()
    expect(warnings).toEqual([{ message, path: 'package-lock.json' }])
  })

  it('says nothing more about a file that was not valid JSON (parsing already warned)', () => {
    const { warn, warnings } = recorder()
    expect(readNpmLockfile('package-lock.json', undefined, warn)).toBeNull()
    expect(warnings).toEqual([])
  })
})

describe('a 100,000-package lockfile', () => {
  it('is read in one pass, every package settled', () => {
    const packages: Record<string, unknown> = {
      '': { dependencies: { 'pkg-0': '^1.0.0' }, devDependencies: { 'pkg-1': '^1.0.0' } },
    }
    for (let index = 0; index < 100_000; index += 1) {
      packages[`node_modules/pkg-${index}`] = {
        version: '1.0.0',
        license: index % 2 === 0 ? 'MIT' : 'ISC',
        dev: index % 3 === 0,
      }
    }
    const contents = read({ lockfileVersion: 3, packages })
    const settled = settleLockfile(contents, [
      importer('', { dependencies: { 'pkg-0': '^1.0.0' }, devDependencies: { 'pkg-1': '^1.0.0' } }),
    ])
    expect(settled.packages).toHaveLength(100_000)
    expect(settled.packages.filter((pkg) => pkg.direct)).toHaveLength(2)
    expect(settled.packages.filter((pkg) => pkg.dev)).toHaveLength(33_334)
    expect(settled.missing).toEqual([])
  })
})
