import { describe, expect, it } from 'vitest'
import {
  createModuleResolver,
  type ModuleResolverInput,
} from '../../../src/main/engine/architecture/resolve-module'

const resolver = (input: Partial<ModuleResolverInput> & { files: string[] }) =>
  createModuleResolver({ configs: [], workspacePackages: [], ...input })

const config = (path: string, value: unknown) => ({ path, text: JSON.stringify(value) })

describe('relative specifiers', () => {
  const files = [
    'src/app.ts',
    'src/exact.json',
    'src/styles.css',
    'src/ts.ts',
    'src/tsx.tsx',
    'src/js.js',
    'src/jsx.jsx',
    'src/mjs.mjs',
    'src/cjs.cjs',
    'src/mts.mts',
    'src/cts.cts',
    'src/folder/index.ts',
    'src/jsfolder/index.js',
    'src/esm.ts',
    'src/esm-view.tsx',
    'src/esm-module.mts',
    'src/esm-common.cts',
    'src/both.ts',
    'src/both.js',
    'src/declared.d.ts',
    'src/deeper/child.ts',
    'lib/util.ts',
  ]
  const { resolve } = resolver({ files })

  it.each([
    ['./exact.json', 'src/exact.json'],
    ['./styles.css', 'src/styles.css'],
    ['./ts', 'src/ts.ts'],
    ['./tsx', 'src/tsx.tsx'],
    ['./js', 'src/js.js'],
    ['./jsx', 'src/jsx.jsx'],
    ['./mjs', 'src/mjs.mjs'],
    ['./cjs', 'src/cjs.cjs'],
    ['./mts', 'src/mts.mts'],
    ['./cts', 'src/cts.cts'],
    ['./folder', 'src/folder/index.ts'],
    ['./folder/', 'src/folder/index.ts'],
    ['./jsfolder', 'src/jsfolder/index.js'],
    ['./esm.js', 'src/esm.ts'],
    ['./esm-view.js', 'src/esm-view.tsx'],
    ['./esm-view.jsx', 'src/esm-view.tsx'],
    ['./esm-module.mjs', 'src/esm-module.mts'],
    ['./esm-common.cjs', 'src/esm-common.cts'],
    ['./both', 'src/both.ts'],
    ['./both.js', 'src/both.ts'],
    ['./deeper/child', 'src/deeper/child.ts'],
    ['../lib/util', 'lib/util.ts'],
    ['./declared', 'src/declared.d.ts'],
  ])('%s from src/app.ts → %s', (specifier, path) => {
    expect(resolve('src/app.ts', specifier)).toEqual({ kind: 'internal', path })
  })

  it('resolves `.` and `..` to the index file of the folder', () => {
    expect(resolve('src/folder/other.ts', '.')).toEqual({ kind: 'internal', path: 'src/folder/index.ts' })
    expect(resolve('src/folder/deep/x.ts', '..')).toEqual({ kind: 'internal', path: 'src/folder/index.ts' })
  })

  it.each(['./missing', './ts.tsx', '../../outside', '../../../etc/passwd', './folder/nope'])(
    '%s is unresolved',
    (specifier) => {
      expect(resolve('src/app.ts', specifier)).toEqual({ kind: 'unresolved' })
    },
  )
})

describe('bare specifiers', () => {
  const { resolve } = resolver({ files: ['src/app.ts'] })

  it.each([
    ['fs', { kind: 'builtin', name: 'fs' }],
    ['fs/promises', { kind: 'builtin', name: 'fs/promises' }],
    ['node:path', { kind: 'builtin', name: 'path' }],
    ['node:test', { kind: 'builtin', name: 'test' }],
    ['bun:test', { kind: 'builtin', name: 'bun:test' }],
    ['react', { kind: 'package', name: 'react' }],
    ['react-dom/client', { kind: 'package', name: 'react-dom' }],
    ['@scope/name', { kind: 'package', name: '@scope/name' }],
    ['@scope/name/deep/path.js', { kind: 'package', name: '@scope/name' }],
    ['lodash.debounce', { kind: 'package', name: 'lodash.debounce' }],
    ['JSONStream', { kind: 'package', name: 'JSONStream' }],
    ['@/components/x', { kind: 'unresolved' }],
    ['~/utils', { kind: 'unresolved' }],
    ['@scope', { kind: 'unresolved' }],
    ['#internal', { kind: 'unresolved' }],
    ['virtual:pwa-register', { kind: 'unresolved' }],
    ['https://cdn.example.com/x.js', { kind: 'unresolved' }],
    ['/absolute/path', { kind: 'unresolved' }],
    ['', { kind: 'unresolved' }],
  ])('%s → %o', (specifier, expected) => {
    expect(resolve('src/app.ts', specifier)).toEqual(expected)
  })
})

describe('tsconfig paths and baseUrl', () => {
  const files = [
    'src/app.ts',
    'src/components/button.tsx',
    'src/components/index.ts',
    'src/utils/format.ts',
    'src/config.ts',
    'generated/api.ts',
    'web/tsconfig.json',
    'web/src/page.ts',
    'web/src/lib/helper.ts',
    'shared/tsconfig.json',
    'shared/x.ts',
  ]

  it('replaces the wildcard, relative to the config without a baseUrl', () => {
    const { resolve } = resolver({
      files,
      configs: [config('tsconfig.json', { compilerOptions: { paths: { '@/*': ['./src/*'] } } })],
    })
    expect(resolve('src/app.ts', '@/components/button')).toEqual({
      kind: 'internal',
      path: 'src/components/button.tsx',
    })
    expect(resolve('src/app.ts', '@/components')).toEqual({
      kind: 'internal',
      path: 'src/components/index.ts',
    })
    expect(resolve('src/app.ts', '@/missing')).toEqual({ kind: 'unresolved' })
  })

  it('resolves paths relative to baseUrl, tries substitutions in order, and prefers exact patterns', () => {
    const { resolve } = resolver({
      files,
      configs: [
        config('tsconfig.json', {
          compilerOptions: {
            baseUrl: '.',
            paths: {
              '*': ['generated/*', 'src/*'],
              '@app/*': ['src/*'],
              '@app/utils/*': ['src/utils/*'],
              config: ['src/config.ts'],
            },
          },
        }),
      ],
    })
    expect(resolve('src/app.ts', 'api')).toEqual({ kind: 'internal', path: 'generated/api.ts' })
    expect(resolve('src/app.ts', 'config')).toEqual({ kind: 'internal', path: 'src/config.ts' })
    expect(resolve('src/app.ts', '@app/utils/format')).toEqual({
      kind: 'internal',
      path: 'src/utils/format.ts',
    })
    // A pattern matching a package's name but no file falls through to the package.
    expect(resolve('src/app.ts', 'react')).toEqual({ kind: 'package', name: 'react' })
  })

  it('looks bare specifiers up under baseUrl', () => {
    const { resolve } = resolver({
      files,
      configs: [config('tsconfig.json', { compilerOptions: { baseUrl: 'src' } })],
    })
    expect(resolve('src/app.ts', 'utils/format')).toEqual({ kind: 'internal', path: 'src/utils/format.ts' })
    expect(resolve('src/app.ts', 'lodash')).toEqual({ kind: 'package', name: 'lodash' })
  })

  it('follows extends: baseUrl stays relative to the config that sets it, own options override', () => {
    const { resolve, warnings } = resolver({
      files,
      configs: [
        config('configs/tsconfig.base.json', {
          compilerOptions: { baseUrl: '../src', paths: { '#/*': ['*'] } },
        }),
        config('tsconfig.json', { extends: './configs/tsconfig.base' }),
        config('web/tsconfig.json', {
          extends: ['../configs/tsconfig.base.json'],
          compilerOptions: { paths: { '#/*': ['lib/*'] }, baseUrl: './src' },
        }),
      ],
    })
    expect(warnings).toEqual([])
    expect(resolve('src/app.ts', '#/utils/format')).toEqual({ kind: 'internal', path: 'src/utils/format.ts' })
    expect(resolve('web/src/page.ts', '#/helper')).toEqual({
      kind: 'internal',
      path: 'web/src/lib/helper.ts',
    })
  })

  it('uses the nearest tsconfig.json above each file, and jsconfig.json where there is no tsconfig', () => {
    const { resolve } = resolver({
      files,
      configs: [
        config('tsconfig.json', { compilerOptions: { paths: { '~/*': ['src/*'] } } }),
        config('web/tsconfig.json', { compilerOptions: { paths: { '~/*': ['src/lib/*'] } } }),
        config('shared/jsconfig.json', { compilerOptions: { baseUrl: '.' } }),
      ],
    })
    expect(resolve('src/app.ts', '~/config')).toEqual({ kind: 'internal', path: 'src/config.ts' })
    expect(resolve('web/src/page.ts', '~/helper')).toEqual({
      kind: 'internal',
      path: 'web/src/lib/helper.ts',
    })
    expect(resolve('web/src/page.ts', '~/config')).toEqual({ kind: 'unresolved' })
    expect(resolve('shared/x.ts', 'x')).toEqual({ kind: 'internal', path: 'shared/x.ts' })
  })

  it('lends a solution-style tsconfig the paths of the first config it references', () => {
    const { resolve } = resolver({
      files: [...files, 'tsconfig.node.json', 'tsconfig.app.json'],
      configs: [
        config('tsconfig.json', {
          files: [],
          references: [{ path: './tsconfig.node.json' }, { path: 'tsconfig.app.json' }],
        }),
        config('tsconfig.node.json', { compilerOptions: { strict: true } }),
        config('tsconfig.app.json', { compilerOptions: { paths: { '@/*': ['./src/*'] } } }),
      ],
    })
    expect(resolve('src/app.ts', '@/config')).toEqual({ kind: 'internal', path: 'src/config.ts' })
  })

  it('never lets an alias climb out of the repository', () => {
    const { resolve } = resolver({
      files,
      configs: [
        config('tsconfig.json', { compilerOptions: { paths: { 'up/*': ['../*'], '@/*': ['src/*'] } } }),
      ],
    })
    expect(resolve('src/app.ts', 'up/etc/passwd')).toEqual({ kind: 'package', name: 'up' })
    expect(resolve('src/app.ts', '@/../../etc/passwd')).toEqual({ kind: 'unresolved' })
  })
})

describe('config files that cannot be used', () => {
  const files = ['src/app.ts', 'src/config.ts']

  it('reads comments and trailing commas as TypeScript does', () => {
    const { resolve, warnings } = resolver({
      files,
      configs: [
        {
          path: 'tsconfig.json',
          text: '{\n  // aliases\n  "compilerOptions": { "paths": { "@/*": ["src/*"], }, /* done */ },\n}',
        },
      ],
    })
    expect(warnings).toEqual([])
    expect(resolve('src/app.ts', '@/config')).toEqual({ kind: 'internal', path: 'src/config.ts' })
  })

  it.each([
    ['broken JSON', '{ "compilerOptions": { "paths": ', 'Not a valid config file'],
    ['an array', '[1, 2]', 'Not a valid config file'],
    ['deep nesting', '['.repeat(100_000), 'Nested too deeply'],
    ['compilerOptions of the wrong type', '{ "compilerOptions": 3 }', '`compilerOptions` is not an object'],
    [
      'paths of the wrong type',
      '{ "compilerOptions": { "paths": ["src/*"] } }',
      '`compilerOptions.paths` is not',
    ],
    ['a bad paths entry', '{ "compilerOptions": { "paths": { "@/*": "src/*" } } }', '`paths` entry "@/*"'],
    ['a numeric baseUrl', '{ "compilerOptions": { "baseUrl": 1 } }', '`baseUrl` is not a string'],
    ['a numeric extends', '{ "extends": 1 }', '`extends` is neither'],
    ['a missing base', '{ "extends": "./missing.json" }', 'extends "./missing.json"'],
  ])('%s gives a warning, not a throw', (_, text, message) => {
    const { resolve, warnings } = resolver({ files, configs: [{ path: 'tsconfig.json', text }] })
    expect(resolve('src/app.ts', './config')).toEqual({ kind: 'internal', path: 'src/config.ts' })
    expect(warnings).toEqual([{ path: 'tsconfig.json', message: expect.stringContaining(message) }])
  })

  it('cuts a circle of extends with a warning', () => {
    const { resolve, warnings } = resolver({
      files,
      configs: [
        config('tsconfig.json', { extends: './a.json', compilerOptions: { paths: { '@/*': ['src/*'] } } }),
        config('a.json', { extends: './b.json' }),
        config('b.json', { extends: './a.json' }),
      ],
    })
    expect(resolve('src/app.ts', '@/config')).toEqual({ kind: 'internal', path: 'src/config.ts' })
    expect(warnings).toEqual([{ path: 'a.json', message: expect.stringContaining('goes round in a circle') }])
  })

  it('ignores an extends of a package that is not in the repository', () => {
    const { warnings } = resolver({
      files,
      configs: [config('tsconfig.json', { extends: '@tsconfig/node20/tsconfig.json' })],
    })
    expect(warnings).toEqual([])
  })
})

describe('workspace packages', () => {
  const files = [
    'apps/web/src/page.tsx',
    'packages/ui/package.json',
    'packages/ui/src/index.ts',
    'packages/ui/src/button.tsx',
    'packages/ui/theme.ts',
    'packages/ui-kit/index.js',
    'packages/core/lib/main.js',
    'packages/core/lib/extra.js',
    'packages/built/package.json',
    'packages/tsconfig/base.json',
  ]
  const workspacePackages = [
    { name: '@acme/ui', dir: 'packages/ui' },
    { name: '@acme/ui-kit', dir: 'packages/ui-kit' },
    { name: 'core', dir: 'packages/core', main: 'lib/main.js' },
    { name: '@acme/built', dir: 'packages/built', main: 'dist/index.js' },
    { name: '@acme/tsconfig', dir: 'packages/tsconfig' },
  ]
  const { resolve } = resolver({ files, workspacePackages })

  it.each([
    ['@acme/ui', 'packages/ui/src/index.ts'],
    ['@acme/ui/button', 'packages/ui/src/button.tsx'],
    ['@acme/ui/theme', 'packages/ui/theme.ts'],
    ['@acme/ui-kit', 'packages/ui-kit/index.js'],
    ['core', 'packages/core/lib/main.js'],
    ['core/lib/extra', 'packages/core/lib/extra.js'],
  ])('%s → %s', (specifier, path) => {
    expect(resolve('apps/web/src/page.tsx', specifier)).toEqual({ kind: 'internal', path })
  })

  it('reports a workspace package without a findable entry as unresolved, not as an external package', () => {
    expect(resolve('apps/web/src/page.tsx', '@acme/built')).toEqual({ kind: 'unresolved' })
    expect(resolve('apps/web/src/page.tsx', '@acme/ui/missing')).toEqual({ kind: 'unresolved' })
  })

  it('lets tsconfig paths win over the workspace', () => {
    const withPaths = resolver({
      files: [...files, 'apps/web/tsconfig.json'],
      workspacePackages,
      configs: [
        config('apps/web/tsconfig.json', {
          compilerOptions: { paths: { '@acme/ui': ['../../packages/ui/theme.ts'] } },
        }),
      ],
    })
    expect(withPaths.resolve('apps/web/src/page.tsx', '@acme/ui')).toEqual({
      kind: 'internal',
      path: 'packages/ui/theme.ts',
    })
  })

  it('follows extends into a workspace package', () => {
    const withBase = resolver({
      files: [...files, 'apps/web/tsconfig.json'],
      workspacePackages,
      configs: [
        config('packages/tsconfig/base.json', { compilerOptions: { paths: { '@ui/*': ['../ui/src/*'] } } }),
        config('apps/web/tsconfig.json', { extends: '@acme/tsconfig/base.json' }),
      ],
    })
    expect(withBase.warnings).toEqual([])
    expect(withBase.resolve('apps/web/src/page.tsx', '@ui/button')).toEqual({
      kind: 'internal',
      path: 'packages/ui/src/button.tsx',
    })
  })
})
