import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import type { Importer, LockContents } from '../../../src/main/engine/dependencies/model'
import { settleLockfile } from '../../../src/main/engine/dependencies/settle-lockfile'
import { readYarnBerryLockfile } from '../../../src/main/engine/dependencies/yarn-berry-lockfile'
import { readYarnClassicLockfile } from '../../../src/main/engine/dependencies/yarn-classic-lockfile'
import {
  BERRY_ROOT,
  BERRY_UI,
  BERRY_WEB,
  YARN_BERRY_LOCK,
  YARN_CLASSIC_LOCK,
  YARN_CLASSIC_MANIFEST,
} from './fixtures'
import { importer, recorder } from './helpers'

type Row = [string, boolean, boolean]

function rows(contents: LockContents, importers: readonly Importer[]): Row[] {
  return settleLockfile(contents, importers)
    .packages.map(({ node, direct, dev }): Row => [`${node.name}@${node.version}`, direct, dev])
    .sort(([left], [right]) => (left < right ? -1 : 1))
}

function noWarnings(message: string): never {
  throw new Error(`unexpected warning: ${message}`)
}

describe('yarn.lock v1', () => {
  const contents = readYarnClassicLockfile('yarn.lock', YARN_CLASSIC_LOCK, noWarnings)
  const importers = [importer('', YARN_CLASSIC_MANIFEST)]

  it('reads every entry; dev is what only development dependencies reach', () => {
    expect(contents.kind).toBe('yarn-classic')
    expect(rows(contents, importers)).toEqual([
      ['@babel/code-frame@7.22.13', true, true],
      ['@babel/highlight@7.22.20', false, true],
      ['chalk@2.4.2', false, true],
      ['chalk@4.1.2', true, false],
      ['fsevents@2.3.3', true, false],
      ['has-flag@4.0.0', false, false],
      ['js-tokens@4.0.0', false, false],
      ['loose-envify@1.4.0', false, false],
      ['react@18.2.0', true, false],
      ['string-width@4.2.3', true, false],
      ['supports-color@7.2.0', false, false],
    ])
  })

  it('reports a declared range the lockfile has no entry for', () => {
    expect(settleLockfile(contents, importers).missing).toEqual([
      { manifest: 'package.json', name: 'left-pad' },
    ])
    const changed = [importer('', { dependencies: { react: '^18.3.0' } })]
    expect(settleLockfile(contents, changed).missing).toEqual([{ manifest: 'package.json', name: 'react' }])
  })

  it('calls nothing dev when no manifest says what is direct', () => {
    expect(rows(contents, []).every(([, direct, dev]) => !direct && !dev)).toBe(true)
  })

  it('counts lines it cannot place and notices merge-conflict markers', () => {
    const { warn, warnings } = recorder()
    const broken = readYarnClassicLockfile(
      'yarn.lock',
      [
        'a@^1.0.0:',
        '  version "1.0.0"',
        '<<<<<<< HEAD',
        'b@^2.0.0:',
        '  version "2.0.0"',
        '=======',
        'b@^2.0.0:',
        '  version "2.1.0"',
        '>>>>>>> feature',
        '      badly indented',
        'c@^3.0.0:',
        '  resolved "https://example.com/c.tgz"',
        'not a header',
      ].join('\n'),
      warn,
    )
    expect(broken.nodes.map((node) => `${node.name}@${node.version}`)).toEqual([
      'a@1.0.0',
      'b@2.0.0',
      'b@2.1.0',
    ])
    expect(warnings.map(({ message }) => message)).toEqual([
      'The lockfile has unresolved merge-conflict markers; entries around them may be missing',
      '2 lines could not be read and were skipped',
      '1 entry has no version and were skipped',
    ])
  })

  it('reads 100,000 entries in one pass', () => {
    const lines = ['# yarn lockfile v1', '']
    for (let index = 0; index < 100_000; index += 1) {
      lines.push(
        `"pkg-${index}@^1.0.0":`,
        '  version "1.0.0"',
        '  dependencies:',
        `    pkg-${(index + 1) % 100_000} "^1.0.0"`,
        '',
      )
    }
    const big = readYarnClassicLockfile('yarn.lock', lines.join('\n'), noWarnings)
    const settled = settleLockfile(big, [importer('', { dependencies: { 'pkg-0': '^1.0.0' } })])
    expect(settled.packages).toHaveLength(100_000)
    expect(settled.packages.filter((pkg) => pkg.dev)).toHaveLength(0)
  })
})

describe('yarn.lock from yarn 2+ (berry)', () => {
  const contents = readYarnBerryLockfile('yarn.lock', parse(YARN_BERRY_LOCK), noWarnings)
  const importers = [
    importer('', BERRY_ROOT),
    importer('packages/web', BERRY_WEB),
    importer('packages/ui', BERRY_UI),
  ]

  it('reads the packages, walks through workspaces, and settles direct and dev', () => {
    expect(contents?.kind).toBe('yarn-berry')
    if (contents === null) return
    expect(rows(contents, importers)).toEqual([
      ['clsx@2.1.0', true, false],
      ['js-tokens@4.0.0', false, false],
      ['loose-envify@1.4.0', false, false],
      ['react@18.2.0', true, false],
      ['typescript@5.3.3', true, true],
      ['typescript@5.3.3', false, true],
    ])
    expect(settleLockfile(contents, importers).missing).toEqual([])
  })

  it('reports dependencies a workspace declares but the lockfile does not resolve, and the reverse', () => {
    if (contents === null) return
    const changed = [
      importer('', { ...BERRY_ROOT, devDependencies: { typescript: '^5.3.0', vitest: '^1.0.0' } }),
      importer('packages/web', { name: '@acme/web', dependencies: { '@acme/ui': 'workspace:^' } }),
      importer('packages/ui', BERRY_UI),
    ]
    expect(settleLockfile(contents, changed).missing).toEqual([
      { manifest: 'package.json', name: 'vitest' },
      { manifest: 'packages/web/package.json', name: 'react' },
    ])
  })

  it('warns about a lockfile that is not a mapping and about malformed entries', () => {
    const { warn, warnings } = recorder()
    expect(readYarnBerryLockfile('yarn.lock', ['a'], warn)).toBeNull()
    const partial = readYarnBerryLockfile(
      'yarn.lock',
      { __metadata: { version: 8 }, 'a@npm:^1': 'x', 'b@npm:^1': { resolution: 'b@npm:1.0.0' } },
      warn,
    )
    expect(partial?.nodes).toEqual([])
    expect(warnings.map(({ message }) => message)).toEqual([
      'The lockfile holds an array, not a mapping, so it was skipped',
      '2 entries are malformed and were skipped',
    ])
  })
})
